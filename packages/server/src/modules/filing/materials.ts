// Material use cases of a filing: attach a file (streamed, hashed, checked by magic bytes), remove it, open it.
import { Readable } from 'node:stream';
import type { MaterialKind } from '@lian/contract';
import { checkMaterialName, checkMaterialType, isEditable } from '@lian/domain';
import { fileTypeFromBuffer } from 'file-type';
import { BlobIntegrityError, BlobNotFoundError, integrityCheck, readVerified, SizeLimitError } from '../../infra/blobs.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import type { Actor } from '../policy/policy.js';
import { assertMayChange } from './correction.js';
import * as repo from './repo.js';
import { authorizeFiling, type FilingDeps } from './service.js';
import { materialView } from './view.js';

const MAX_MATERIALS_PER_FILING = 50;

export async function addMaterial(
  deps: FilingDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  input: { kind: MaterialKind; fileName: string; declaredLength: number | undefined },
  body: Readable,
) {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.edit', id);
  if (!isEditable(filing.state)) throw new AppError('FILING_NOT_EDITABLE', '已提交的立案申请不能修改');
  const name = checkMaterialName(input.fileName);
  if (!name.ok)
    throw new AppError('MATERIAL_NAME_INVALID', `文件名不可用 / File name not allowed (${name.reason})`, [
      { path: 'fileName', code: name.reason, message: input.fileName.slice(0, 100) },
    ]);
  if (input.declaredLength !== undefined && input.declaredLength > deps.maxUploadBytes) throw tooLarge(deps.maxUploadBytes, name.name);
  if ((await repo.countMaterials(deps.db, id)) >= MAX_MATERIALS_PER_FILING) {
    throw new AppError('MATERIAL_LIMIT_REACHED', `每件立案申请最多 ${MAX_MATERIALS_PER_FILING} 个文件`);
  }
  const staged = await deps.blobs.stage(body, deps.maxUploadBytes).catch((e: unknown) => {
    throw e instanceof SizeLimitError ? tooLarge(deps.maxUploadBytes, name.name) : e;
  });
  try {
    if (staged.size === 0) throw new AppError('MATERIAL_EMPTY', `文件是空的 / The file is empty: ${name.name}`);
    const type = checkMaterialType(name.name, (await fileTypeFromBuffer(staged.head))?.mime);
    if (!type.ok) {
      throw new AppError(
        'MATERIAL_TYPE_REFUSED',
        `只接受 PDF、JPEG、PNG 文件，且扩展名须与内容一致 / Only PDF, JPEG or PNG whose extension matches the content: ${name.name}`,
        [{ path: 'file', code: type.reason, message: name.name }],
      );
    }
    const row = await deps.db.transaction().execute(async (trx) => {
      const locked = await repo.lockFiling(trx, id);
      if (!locked) throw notFound();
      await assertMayChange({ db: trx, now: deps.now }, locked, ['materials']);
      const m = await repo.insertMaterial(trx, {
        filing_id: id,
        kind: input.kind,
        file_name: name.name,
        media_type: type.mediaType,
        size: staged.size,
        sha256: staged.sha256,
        uploaded_by: actor.userId,
      });
      await repo.insertEvent(trx, {
        filing_id: id,
        actor_id: actor.userId,
        type: 'material.added',
        data: { fileName: name.name, kind: input.kind, sha256: staged.sha256 },
      });
      await appendAudit(trx, ctx, {
        action: 'material.add',
        outcome: 'success',
        resourceType: 'filing',
        resourceId: id,
        detail: { materialId: m.id, sha256: staged.sha256, size: staged.size },
      });
      // The blob is in place before the row commits; if the commit then fails, the cleanup below removes it.
      await staged.commit();
      return m;
    });
    return materialView(row);
  } catch (e) {
    await staged.discard();
    if (!(await repo.blobReferenced(deps.db, staged.sha256))) await deps.blobs.remove(staged.sha256);
    throw e;
  }
}

const tooLarge = (limit: number, fileName: string) =>
  new AppError('MATERIAL_TOO_LARGE', `文件超过 ${Math.floor(limit / 1024 / 1024)} MB 上限 / File exceeds the size limit: ${fileName}`);

export async function removeMaterial(deps: FilingDeps, ctx: AuditContext, actor: Actor, id: string, materialId: string) {
  await authorizeFiling(deps, ctx, actor, 'filing.edit', id);
  const removed = await deps.db.transaction().execute(async (trx) => {
    const locked = await repo.lockFiling(trx, id);
    if (!locked) throw notFound();
    await assertMayChange({ db: trx, now: deps.now }, locked, ['materials']);
    const m = await repo.deleteMaterial(trx, id, materialId);
    if (!m) throw notFound();
    await repo.insertEvent(trx, {
      filing_id: id,
      actor_id: actor.userId,
      type: 'material.removed',
      data: { fileName: m.file_name, kind: m.kind },
    });
    await appendAudit(trx, ctx, {
      action: 'material.remove',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: id,
      detail: { materialId, sha256: m.sha256 },
    });
    return m;
  });
  if (!(await repo.blobReferenced(deps.db, removed.sha256))) await deps.blobs.remove(removed.sha256);
}

/** Files up to this size are read and checked in full before the first header goes out. */
export const VERIFY_BEFORE_SEND_BYTES = 16 * 1024 * 1024;

/**
 * Opens a material for download, re-checking its SHA-256 against the bytes the store returns. A file up
 * to `verifyBeforeSendBytes` is read and checked before anything is sent, so a changed file is refused
 * outright; a larger one is streamed through a check that aborts the transfer at the end on a mismatch,
 * so the client never receives a clean copy of a wrong file. Either way an alarm is audited and logged.
 */
export async function openMaterial(
  deps: FilingDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  materialId: string,
  opts: { verifyBeforeSendBytes?: number } = {},
) {
  await authorizeFiling(deps, ctx, actor, 'filing.read', id);
  const m = await repo.findMaterial(deps.db, id, materialId);
  if (!m) throw notFound();
  const alarm = async (problem: BlobIntegrityError | BlobNotFoundError) => {
    const detail = {
      materialId,
      sha256: m.sha256,
      reason: problem instanceof BlobNotFoundError ? 'missing' : 'mismatch',
      ...(problem instanceof BlobIntegrityError
        ? { actualSha256: problem.actualSha256, expectedSize: problem.expectedSize, actualSize: problem.actualSize }
        : {}),
    };
    deps.log?.error({ filingId: id, ...detail }, 'stored material failed its integrity check');
    await deps.db
      .transaction()
      .execute((trx) =>
        appendAudit(trx, ctx, { action: 'material.integrity_alarm', outcome: 'failure', resourceType: 'filing', resourceId: id, detail }),
      );
  };
  const meta = { fileName: m.file_name, mediaType: m.media_type, size: m.size, sha256: m.sha256 };
  if (m.size <= (opts.verifyBeforeSendBytes ?? VERIFY_BEFORE_SEND_BYTES)) {
    try {
      // The verified bytes themselves are served, so nothing can change between check and send.
      const bytes = await readVerified(deps.blobs, m.sha256, m.size, alarm);
      return { stream: Readable.from([bytes]), ...meta };
    } catch (e) {
      if (e instanceof BlobNotFoundError) await alarm(e);
      if (e instanceof BlobIntegrityError || e instanceof BlobNotFoundError) {
        throw new AppError(
          'INTERNAL',
          '文件已损坏，已通知管理员 / The stored file failed its integrity check; the operators have been alerted',
        );
      }
      throw e;
    }
  }
  const stream = deps.blobs.read(m.sha256);
  const checked = integrityCheck(m.sha256, m.size, alarm);
  stream.on('error', (e) => {
    if (e instanceof BlobNotFoundError) void alarm(e).catch(() => undefined);
    checked.destroy(e);
  });
  // A client that goes away releases the file or the object-store connection.
  checked.on('close', () => stream.destroy());
  return { stream: stream.pipe(checked), ...meta };
}
