// Which uploaded files may join a filing: the declared name must be safe to show and store, and the
// content type — detected from the file's magic bytes by the caller — must be allowed and match
// the name's extension, so an .exe renamed .pdf is refused.
export const acceptedMaterialTypes = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/heic': ['heic', 'heif'],
  'image/heif': ['heif', 'heic'],
  /** 版式文档 OFD (GB/T 33190-2016): a ZIP container with OFD.xml at its root. */
  'application/ofd': ['ofd'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'audio/mpeg': ['mp3'],
  'audio/mp4': ['m4a'],
  'audio/amr': ['amr'],
  'audio/wav': ['wav'],
  'video/mp4': ['mp4'],
  'video/quicktime': ['mov'],
  /** Only when the court's policy accepts archives; every entry must itself be one of the other types. */
  'application/zip': ['zip'],
} as const satisfies Record<string, readonly string[]>;
export type AcceptedMaterialType = keyof typeof acceptedMaterialTypes;

export type MaterialNameCheck = { ok: true; name: string } | { ok: false; reason: 'EMPTY' | 'TOO_LONG' | 'PATH' | 'CONTROL' | 'RESERVED' };

/** Device names Windows will not open as files, with or without an extension ("CON.pdf"). */
const RESERVED_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

export function checkMaterialName(input: string): MaterialNameCheck {
  const name = input.normalize('NFC').trim();
  if (name === '' || name === '.' || name === '..') return { ok: false, reason: 'EMPTY' };
  if ([...name].length > 255) return { ok: false, reason: 'TOO_LONG' };
  if (/[/\\]/.test(name)) return { ok: false, reason: 'PATH' };
  // C0/C1 controls and bidi overrides can disguise an extension (e.g. "invoice\u202Efdp.exe").
  if (/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(name)) return { ok: false, reason: 'CONTROL' };
  // Reserved device names, and names Windows silently changes (trailing dot or space), cannot be saved as given.
  if (RESERVED_NAME.test(name) || /[. ]$/.test(name) || name.startsWith('.')) return { ok: false, reason: 'RESERVED' };
  return { ok: true, name };
}

/** The lower-case extension of a file name, '' when there is none. */
export const fileExtension = (fileName: string): string => (fileName.includes('.') ? (fileName.split('.').pop() ?? '').toLowerCase() : '');

export type MaterialTypeCheck =
  { ok: true; mediaType: AcceptedMaterialType } | { ok: false; reason: 'UNKNOWN_TYPE' | 'TYPE_NOT_ALLOWED' | 'EXTENSION_MISMATCH' };

/** `detected` is the media type found from the content's magic bytes, or undefined when none matched. */
export function checkMaterialType(fileName: string, detected: string | undefined): MaterialTypeCheck {
  if (!detected) return { ok: false, reason: 'UNKNOWN_TYPE' };
  if (!(detected in acceptedMaterialTypes)) return { ok: false, reason: 'TYPE_NOT_ALLOWED' };
  const mediaType = detected as AcceptedMaterialType;
  const ext = fileExtension(fileName);
  const allowed: readonly string[] = acceptedMaterialTypes[mediaType];
  if (!allowed.includes(ext)) return { ok: false, reason: 'EXTENSION_MISMATCH' };
  return { ok: true, mediaType };
}
