// Material use cases of a filing: attach a file (streamed, hashed, inspected: ../../infra/inspect), replace or
// remove it, open it. Resumable uploads (./uploads.ts) end in `attachStaged` too.
import { Readable } from 'node:stream';
import type { MaterialKind } from '@lian/contract';
import { checkMaterialName, isEditable } from '@lian/domain';
import {
  BlobIntegrityError,
  BlobNotFoundError,
  type BlobStore,
  integrityCheck,
  readVerified,
  SizeLimitError,
  type StagedBlob,
} from '../../infra/blobs.js';
import type { Db } from '../../infra/db.js';
import { AppError, notFound } from '../../http/errors.js';
import { parseRange } from '../../http/range.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import type { Actor } from '../policy/policy.js';
import { assertMayChange } from './correction.js';
import * as repo from './repo.js';
import { authorizeFiling, type FilingDeps } from './service.js';
import { evidenceColumnsFor, takeOverMaterial } from './evidence.js';
import { type InspectedMaterial, inspectStaged } from './inspection.js';
import { materialView } from './view.js';

export const MAX_MATERIALS_PER_FILING = 50;

export interface MaterialInput {
  kind: MaterialKind;
  fileName: string;
  /** A material of the same draft that this file replaces (its evidence-list entry carries over). */
  replaces?: string | undefined;
}

/** A single-request upload: the raw request body is streamed to the blob store, then attached. */
export async function addMaterial(
  deps: FilingDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  input: MaterialInput & { declaredLength: number | undefined },
  body: Readable,
) {
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.edit', id);
  if (!isEditable(filing.state)) throw notEditable();
  const fileName = checkedFileName(input.fileName);
  if (input.declaredLength !== undefined && input.declaredLength > deps.maxUploadBytes) throw tooLarge(deps.maxUploadBytes, fileName);
  if (!input.replaces) await assertRoom(deps, deps.db, id, input.declaredLength ?? 0, fileName);
  const staged = await deps.blobs.stage(body, deps.maxUploadBytes).catch((e: unknown) => {
    throw e instanceof SizeLimitError ? tooLarge(deps.maxUploadBytes, fileName) : e;
  });
  return attachStaged(deps, ctx, actor, id, { kind: input.kind, fileName, replaces: input.replaces }, staged);
}

/**
 * The one path by which a complete file joins a filing, for single-request and resumable uploads alike:
 * content check, then in one transaction the material row, timeline event and audit record (and the end
 * of the resumable upload, `uploadId`) with the blob moved into the store. On any refusal or failure the
 * staged file is deleted and nothing is left behind.
 */
export async function attachStaged(
  deps: FilingDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  input: MaterialInput,
  staged: StagedBlob,
  opts: { uploadId?: string } = {},
) {
  let inspected: InspectedMaterial | undefined;
  let replaced: Awaited<ReturnType<typeof takeOverMaterial>> | null = null;
  try {
    inspected = await inspectStaged(deps, staged, input.fileName);
    const facts = inspected;
    const row = await deps.db.transaction().execute(async (trx) => {
      const locked = await repo.lockFiling(trx, id);
      if (!locked) throw notFound();
      await assertMayChange({ db: trx, now: deps.now }, locked, ['materials']);
      replaced = input.replaces ? await takeOverMaterial(trx, id, input.replaces) : null;
      await assertRoom(deps, trx, id, staged.size, input.fileName, opts.uploadId);
      const m = await repo.insertMaterial(trx, {
        filing_id: id,
        kind: input.kind,
        file_name: input.fileName,
        size: staged.size,
        sha256: staged.sha256,
        uploaded_by: actor.userId,
        ...facts.columns,
        ...(await evidenceColumnsFor(
          trx,
          id,
          { kind: input.kind, fileName: input.fileName, pageCount: facts.columns.page_count },
          replaced,
        )),
      });
      if (replaced) {
        await repo.insertEvent(trx, {
          filing_id: id,
          actor_id: actor.userId,
          type: 'material.removed',
          data: { fileName: replaced.file_name, kind: replaced.kind },
        });
      }
      await repo.insertEvent(trx, {
        filing_id: id,
        actor_id: actor.userId,
        type: 'material.added',
        data: { fileName: input.fileName, kind: input.kind, sha256: staged.sha256 },
      });
      await appendAudit(trx, ctx, {
        action: 'material.add',
        outcome: 'success',
        resourceType: 'filing',
        resourceId: id,
        detail: { materialId: m.id, sha256: staged.sha256, size: staged.size, ...(opts.uploadId ? { uploadId: opts.uploadId } : {}) },
      });
      if (opts.uploadId) await repo.deleteUpload(trx, opts.uploadId);
      // The blobs are in place before the row commits; if the commit then fails, the cleanup below removes them.
      await staged.commit();
      await facts.derivative?.commit();
      return m;
    });
    if (replaced) await removeUnreferencedBlobs(deps, replaced);
    return materialView(row);
  } catch (e) {
    await staged.discard();
    await inspected?.derivative?.discard();
    await removeUnreferencedBlobs(deps, { sha256: staged.sha256, derivative_sha256: inspected?.derivative?.sha256 ?? null });
    throw e;
  }
}

async function removeUnreferencedBlobs(deps: FilingDeps, m: { sha256: string; derivative_sha256: string | null }) {
  for (const sha of [m.sha256, m.derivative_sha256]) {
    if (sha && !(await repo.blobReferenced(deps.db, sha))) await deps.blobs.remove(sha);
  }
}

/** The normalised file name, or MATERIAL_NAME_INVALID. */
export function checkedFileName(fileName: string): string {
  const name = checkMaterialName(fileName);
  if (!name.ok)
    throw new AppError('MATERIAL_NAME_INVALID', `文件名不可用 / File name not allowed (${name.reason})`, [
      { path: 'fileName', code: name.reason, message: fileName.slice(0, 100) },
    ]);
  return name.name;
}

/**
 * Refuses a file that would take the filing past its number of files or its total bytes; uploads in
 * progress count with their declared length (except `exceptUpload`, the one being completed).
 */
export async function assertRoom(deps: FilingDeps, db: Db, id: string, addBytes: number, fileName: string, exceptUpload?: string) {
  const [count, held] = await Promise.all([
    repo.countMaterials(db, id),
    repo.bytesOfFiling(db, id, { now: deps.now?.() ?? new Date(), ...(exceptUpload ? { exceptUpload } : {}) }),
  ]);
  if (count + held.pendingUploads >= MAX_MATERIALS_PER_FILING) {
    throw new AppError('MATERIAL_LIMIT_REACHED', `每件立案申请最多 ${MAX_MATERIALS_PER_FILING} 个文件`);
  }
  if (held.bytes + addBytes > deps.maxFilingBytes) {
    throw new AppError(
      'FILING_SIZE_LIMIT_REACHED',
      `本案材料合计不能超过 ${mb(deps.maxFilingBytes)} MB / The files of one filing may not exceed ${mb(deps.maxFilingBytes)} MB in total: ${fileName}`,
      [{ path: 'file', code: 'FILING_SIZE_LIMIT', message: String(deps.maxFilingBytes) }],
    );
  }
}

const mb = (bytes: number) => Math.floor(bytes / 1024 / 1024);

export const notEditable = () => new AppError('FILING_NOT_EDITABLE', '已提交的立案申请不能修改');

export const tooLarge = (limit: number, fileName: string) =>
  new AppError('MATERIAL_TOO_LARGE', `文件超过 ${mb(limit)} MB 上限 / File exceeds the size limit: ${fileName}`, [
    { path: 'file', code: 'MATERIAL_TOO_LARGE', message: String(limit) },
  ]);

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
  await removeUnreferencedBlobs(deps, removed);
}

type IntegrityProblem = BlobIntegrityError | BlobNotFoundError;

/**
 * The alarm raised when a stored file (a material, an issued document) fails its integrity check:
 * logged at error level and audited as `action` on the filing, in its own transaction.
 */
export function integrityAlarm(
  deps: { db: FilingDeps['db']; log?: { error(obj: object, msg: string): void }; blobs?: Pick<BlobStore, 'quarantine'> },
  ctx: AuditContext,
  o: { action: string; filingId: string; ids: Record<string, string>; sha256: string },
) {
  return async (problem: IntegrityProblem) => {
    // Wrong bytes are moved aside, so no later read (a partial one, which cannot check the hash) serves them.
    const quarantined =
      problem instanceof BlobIntegrityError && deps.blobs
        ? await deps.blobs.quarantine(o.sha256).then(
            () => true,
            () => false,
          )
        : false;
    const detail = {
      ...o.ids,
      sha256: o.sha256,
      reason: problem instanceof BlobNotFoundError ? 'missing' : 'mismatch',
      ...(problem instanceof BlobIntegrityError
        ? { actualSha256: problem.actualSha256, expectedSize: problem.expectedSize, actualSize: problem.actualSize, quarantined }
        : {}),
    };
    deps.log?.error({ filingId: o.filingId, ...detail }, `stored file failed its integrity check (${o.action})`);
    await deps.db
      .transaction()
      .execute((trx) =>
        appendAudit(trx, ctx, { action: o.action, outcome: 'failure', resourceType: 'filing', resourceId: o.filingId, detail }),
      );
  };
}

/** Reads a whole stored file and checks it; a changed or missing file raises the alarm and answers INTERNAL. */
export async function readVerifiedForDownload(
  blobs: FilingDeps['blobs'],
  sha256: string,
  size: number,
  alarm: (problem: IntegrityProblem) => Promise<void>,
): Promise<Buffer> {
  try {
    return await readVerified(blobs, sha256, size, alarm);
  } catch (e) {
    if (e instanceof BlobNotFoundError) await alarm(e);
    if (e instanceof BlobIntegrityError || e instanceof BlobNotFoundError) throw storedFileBroken();
    throw e;
  }
}

const storedFileBroken = () =>
  new AppError('INTERNAL', '文件已损坏，已通知管理员 / The stored file failed its integrity check; the operators have been alerted');

/** Files up to this size are read and checked in full before the first header goes out. */
export const VERIFY_BEFORE_SEND_BYTES = 16 * 1024 * 1024;

/**
 * Opens a material for download — the whole file, or the byte range of an HTTP `Range` header — re-checking
 * it against its SHA-256. A file up to `verifyBeforeSendBytes` is read and checked before anything is sent,
 * so a changed file is refused outright. A larger one, asked for whole (or from its first to its last
 * byte, as a media player's first request does), is streamed through a check that aborts the transfer at
 * the end on a mismatch, so the client never receives a clean copy of a wrong file. A part of a larger
 * file is read from its offset in the store (no hash can be checked on a part): the stored length must
 * match, and a blob that ever failed a check was quarantined by the alarm, so it cannot be served again.
 * Either way an alarm is audited and logged.
 */
export async function openMaterial(
  deps: FilingDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  materialId: string,
  opts: { verifyBeforeSendBytes?: number; range?: string | undefined; afterAuthorization?: () => void } = {},
) {
  await authorizeFiling(deps, ctx, actor, 'filing.read', id);
  opts.afterAuthorization?.();
  const m = await repo.findMaterial(deps.db, id, materialId);
  if (!m) throw notFound();
  const alarm = integrityAlarm(deps, ctx, { action: 'material.integrity_alarm', filingId: id, ids: { materialId }, sha256: m.sha256 });
  const meta = { fileName: m.file_name, mediaType: m.media_type, size: m.size, sha256: m.sha256 };
  const range = parseRange(opts.range, m.size);
  if (range.kind === 'unsatisfiable') return { stream: Readable.from([]), range, ...meta };
  const part = range.kind === 'partial' && (range.start > 0 || range.end < m.size - 1) ? range : null;
  if (m.size <= (opts.verifyBeforeSendBytes ?? VERIFY_BEFORE_SEND_BYTES)) {
    // The verified bytes themselves are served, so nothing can change between check and send.
    const bytes = await readVerifiedForDownload(deps.blobs, m.sha256, m.size, alarm);
    return { stream: Readable.from([part ? bytes.subarray(part.start, part.end + 1) : bytes]), range, ...meta };
  }
  if (part) {
    const stored = await deps.blobs.size(m.sha256);
    if (stored !== m.size) {
      await alarm(stored === null ? new BlobNotFoundError(m.sha256) : new BlobIntegrityError(m.sha256, null, m.size, stored));
      throw storedFileBroken();
    }
    return { stream: deps.blobs.read(m.sha256, { start: part.start, end: part.end }), range, ...meta };
  }
  const stream = deps.blobs.read(m.sha256);
  const checked = integrityCheck(m.sha256, m.size, alarm);
  stream.on('error', (e) => {
    if (e instanceof BlobNotFoundError) void alarm(e).catch(() => undefined);
    checked.destroy(e);
  });
  // A client that goes away releases the file or the object-store connection.
  checked.on('close', () => stream.destroy());
  return { stream: stream.pipe(checked), range, ...meta };
}
