// Runs the file inspection (infra/inspect) on a staged upload and turns a refusal into the API error a
// filer sees, naming the file; an accepted file yields the facts stored on its material row and, for an
// image, its EXIF-free preview derivative staged as a blob of its own.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { ErrorCode } from '@lian/contract';
import type { StagedBlob } from '../../infra/blobs.js';
import { defaultInspectionPolicy, inspectFile, type InspectionCode, type InspectionPolicy } from '../../infra/inspect/index.js';
import { AppError } from '../../http/errors.js';
import type { FilingDeps } from './service.js';

const API_CODE: Record<InspectionCode, ErrorCode> = {
  NAME_EMPTY: 'MATERIAL_NAME_INVALID',
  NAME_TOO_LONG: 'MATERIAL_NAME_INVALID',
  NAME_PATH: 'MATERIAL_NAME_INVALID',
  NAME_CONTROL: 'MATERIAL_NAME_INVALID',
  NAME_RESERVED: 'MATERIAL_NAME_INVALID',
  EMPTY: 'MATERIAL_EMPTY',
  UNKNOWN_TYPE: 'MATERIAL_TYPE_REFUSED',
  TYPE_NOT_ALLOWED: 'MATERIAL_TYPE_REFUSED',
  EXTENSION_MISMATCH: 'MATERIAL_TYPE_REFUSED',
  ARCHIVE_NOT_ALLOWED: 'MATERIAL_TYPE_REFUSED',
  ARCHIVE_NESTED: 'MATERIAL_TYPE_REFUSED',
  ARCHIVE_ENTRY_REFUSED: 'MATERIAL_TYPE_REFUSED',
  PDF_ENCRYPTED: 'MATERIAL_UNREADABLE',
  PDF_DAMAGED: 'MATERIAL_UNREADABLE',
  IMAGE_UNDECODABLE: 'MATERIAL_UNREADABLE',
  ARCHIVE_TOO_LARGE: 'MATERIAL_UNREADABLE',
  ARCHIVE_DAMAGED: 'MATERIAL_UNREADABLE',
  VIRUS_FOUND: 'MATERIAL_INFECTED',
  SCAN_FAILED: 'MATERIAL_SCAN_FAILED',
};

/** zh-CN / en text of each refusal; the web client localizes by `details[0].code` with the same meaning. */
const MESSAGE: Record<InspectionCode, string> = {
  NAME_EMPTY: '文件名为空 / The file name is empty',
  NAME_TOO_LONG: '文件名过长 / The file name is too long',
  NAME_PATH: '文件名不能包含路径 / The file name must not contain a path',
  NAME_CONTROL: '文件名含有控制字符 / The file name contains control characters',
  NAME_RESERVED: '文件名为系统保留名称 / The file name is reserved by the system',
  EMPTY: '文件是空的 / The file is empty',
  UNKNOWN_TYPE: '无法识别文件类型 / The file type cannot be recognised',
  TYPE_NOT_ALLOWED: '不接受该类型的文件 / This type of file is not accepted',
  EXTENSION_MISMATCH: '扩展名与文件内容不一致 / The extension does not match the content',
  ARCHIVE_NOT_ALLOWED: '本院不接受压缩包 / This court does not accept ZIP archives',
  ARCHIVE_NESTED: '压缩包内不能再含压缩包 / An archive must not contain another archive',
  ARCHIVE_ENTRY_REFUSED: '压缩包内含有不接受的文件 / The archive contains a file that is not accepted',
  PDF_ENCRYPTED: 'PDF 已加密或设有密码，请上传未加密的文件 / The PDF is encrypted or password-protected',
  PDF_DAMAGED: 'PDF 文件已损坏或不完整 / The PDF is damaged or incomplete',
  IMAGE_UNDECODABLE: '图片无法打开，可能已损坏 / The image cannot be opened; it may be damaged',
  ARCHIVE_TOO_LARGE: '压缩包解压后过大 / The archive would be too large when unpacked',
  ARCHIVE_DAMAGED: '压缩包已损坏 / The archive is damaged',
  VIRUS_FOUND: '文件含有病毒或恶意代码 / The file contains a virus or malicious code',
  SCAN_FAILED: '暂时无法完成病毒扫描，请稍后重试 / The file could not be scanned for viruses; please try again later',
};

export interface InspectedMaterial {
  columns: {
    media_type: string;
    page_count: number | null;
    width: number | null;
    height: number | null;
    duration_ms: number | null;
    derivative_sha256: string | null;
    derivative_media_type: 'image/jpeg' | 'image/png' | null;
  };
  /** The preview blob, staged; commit it with the material row, discard it otherwise. */
  derivative: StagedBlob | null;
}

export const inspectionPolicyOf = (deps: { inspection?: InspectionPolicy }): InspectionPolicy => deps.inspection ?? defaultInspectionPolicy;

export async function inspectStaged(deps: FilingDeps, staged: StagedBlob, fileName: string): Promise<InspectedMaterial> {
  const result = await inspectFile(staged.path, fileName, inspectionPolicyOf(deps));
  if (!result.ok) {
    if (result.code === 'VIRUS_FOUND' || result.code === 'SCAN_FAILED') {
      deps.log?.warn({ sha256: staged.sha256, code: result.code, reason: result.reason }, 'upload refused by the virus scan');
    }
    throw new AppError(API_CODE[result.code], `${MESSAGE[result.code]}: ${fileName}`, [
      { path: 'file', code: result.code, message: fileName },
      // The scanner's signature name, for the filer and the clerk to quote.
      ...(result.code === 'VIRUS_FOUND' ? [{ path: 'signature', code: result.code, message: result.reason }] : []),
    ]);
  }
  let derivative: StagedBlob | null = null;
  if (result.derivative) {
    try {
      derivative = await deps.blobs.stage(createReadStream(result.derivative.path), Number.MAX_SAFE_INTEGER);
    } finally {
      await rm(result.derivative.path, { force: true });
    }
  }
  return {
    columns: {
      media_type: result.mediaType,
      page_count: result.pageCount ?? null,
      width: result.width ?? null,
      height: result.height ?? null,
      duration_ms: result.durationMs ?? null,
      derivative_sha256: derivative?.sha256 ?? null,
      derivative_media_type: result.derivative?.mediaType ?? null,
    },
    derivative,
  };
}
