// Type detection by magic bytes (file-type), mapped to the names the rule book uses.
import { fileTypeFromFile } from 'file-type';

const ALIASES: Readonly<Record<string, string>> = {
  // OLE2 compound file: the Word 97–2003 .doc (the extension decides; .xls or .msi are refused by it).
  'application/x-cfb': 'application/msword',
  'audio/x-m4a': 'audio/mp4',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-wav': 'audio/wav',
};

export const normalizeDetected = (mime: string | undefined): string | undefined => (mime ? (ALIASES[mime] ?? mime) : undefined);

export async function detectType(path: string): Promise<string | undefined> {
  return normalizeDetected((await fileTypeFromFile(path))?.mime);
}
