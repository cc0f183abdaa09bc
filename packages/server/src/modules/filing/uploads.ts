// Resumable uploads (tus 1.0) of a filing's materials: who may start, continue or cancel an upload, the
// limits checked when it is created, what happens when its last byte arrives, and the sweep of uploads
// left unfinished. The protocol itself is @tus/server's (./tus-routes.ts mounts it).
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type MaterialKind, materialKinds } from '@lian/contract';
import { isEditable } from '@lian/domain';
import type { HashingFileStore } from '../../infra/tus-store.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import type { Actor } from '../policy/policy.js';
import { assertRoom, attachStaged, checkedFileName, notEditable, tooLarge } from './materials.js';
import { assertMayChange } from './correction.js';
import * as repo from './repo.js';
import { authorizeFiling, type FilingDeps } from './service.js';

export interface UploadDeps extends FilingDeps {
  uploads: { store: HashingFileStore; directory: string; expiryMs: number };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const nowOf = (deps: { now?: () => Date }) => deps.now?.() ?? new Date();
const invalid = (message: string, path: string) => new AppError('UPLOAD_INVALID', message, [{ path, code: 'invalid', message }]);

/**
 * Creation (POST): metadata `filingId`, `kind`, `fileName` and a declared Upload-Length are required;
 * `replaces` (optional) names a material of the same draft that the finished file takes the place of. The
 * filer of an editable filing may upload to it; the size is refused here, before any byte is sent, when it
 * is over the per-file limit or would take the filing past its total (uploads in progress count).
 */
export async function beginUpload(
  deps: UploadDeps,
  ctx: AuditContext,
  actor: Actor,
  input: { id: string; metadata: Record<string, string | null> | undefined; length: number | undefined },
) {
  const m = input.metadata ?? {};
  if (!m.filingId || !UUID.test(m.filingId)) throw invalid('Upload-Metadata 缺少 filingId / filingId is required', 'filingId');
  if (!m.kind || !(materialKinds as readonly string[]).includes(m.kind)) {
    throw invalid('Upload-Metadata 的 kind 不正确 / kind must be complaint, identity, evidence or other', 'kind');
  }
  if (!m.fileName) throw invalid('Upload-Metadata 缺少 fileName / fileName is required', 'fileName');
  if (m.replaces && !UUID.test(m.replaces))
    throw invalid('Upload-Metadata 的 replaces 不正确 / replaces must be a material id', 'replaces');
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.edit', m.filingId);
  if (!isEditable(filing.state)) throw notEditable();
  const fileName = checkedFileName(m.fileName);
  // The length must be known at creation, so that both limits hold before the first byte.
  if (input.length === undefined) throw invalid('需要 Upload-Length（不支持延迟长度）/ Upload-Length is required', 'Upload-Length');
  if (input.length === 0) throw new AppError('MATERIAL_EMPTY', `文件是空的 / The file is empty: ${fileName}`);
  if (input.length > deps.maxUploadBytes) throw tooLarge(deps.maxUploadBytes, fileName);
  const now = nowOf(deps);
  const filingId = m.filingId;
  await deps.db.transaction().execute(async (trx) => {
    const locked = await repo.lockFiling(trx, filingId);
    if (!locked || !isEditable(locked.state)) throw notEditable();
    await assertMayChange({ db: trx, now: deps.now }, locked, ['materials']);
    if (m.replaces) {
      if (!(await repo.findMaterial(trx, filingId, m.replaces))) throw notFound();
    } else {
      await assertRoom(deps, trx, filingId, input.length!, fileName);
    }
    await repo.insertUpload(trx, {
      id: input.id,
      filing_id: filingId,
      owner_id: actor.userId,
      kind: m.kind as MaterialKind,
      file_name: fileName,
      length: input.length!,
      replaces: m.replaces ?? null,
      created_at: now,
      expires_at: new Date(now.getTime() + deps.uploads.expiryMs),
    });
    await appendAudit(trx, ctx, {
      action: 'upload.create',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: filingId,
      detail: { uploadId: input.id, length: input.length, kind: m.kind },
    });
  });
  return { filingId, fileName };
}

/**
 * HEAD, PATCH and DELETE of an upload: only its owner may touch it, and only while they may still edit
 * the filing. Anyone else's upload id — or an unknown one — answers 404 and the attempt is audited.
 */
export async function authorizeUpload(deps: UploadDeps, ctx: AuditContext, actor: Actor, id: string, method: string) {
  const row = /^[0-9a-f]{32}$/.test(id) ? await repo.findUpload(deps.db, id) : undefined;
  if (!row || row.owner_id !== actor.userId) {
    await deps.db.transaction().execute((trx) =>
      appendAudit(trx, ctx, {
        action: `upload.${method.toLowerCase()}`,
        outcome: 'denied',
        resourceType: 'upload',
        resourceId: id.slice(0, 64),
        detail: { exists: row !== undefined, ...(row ? { filingId: row.filing_id } : {}) },
      }),
    );
    throw notFound();
  }
  if (method === 'DELETE') return row;
  const filing = await authorizeFiling(deps, ctx, actor, 'filing.edit', row.filing_id);
  if (!isEditable(filing.state)) throw notEditable();
  return row;
}

/**
 * The last byte has arrived: hash (as it streamed, or now from disk), check the content, and move the file
 * into the blob store with its material row in one transaction. Refused or failed, the staged file, its
 * tus info and the upload row are all removed: nothing is left behind.
 */
export async function finishUpload(deps: UploadDeps, ctx: AuditContext, actor: Actor, id: string) {
  const row = await repo.findUpload(deps.db, id);
  if (!row || row.owner_id !== actor.userId) throw notFound();
  const file = path.join(deps.uploads.directory, id);
  try {
    const staged = await deps.blobs.adopt(file, deps.uploads.store.takeHash(id, row.length));
    if (staged.size !== row.length) {
      await staged.discard();
      throw new AppError('UPLOAD_INVALID', '上传的字节数与声明的长度不符 / The upload does not have its declared length');
    }
    return await attachStaged(
      deps,
      ctx,
      actor,
      row.filing_id,
      { kind: row.kind, fileName: row.file_name, replaces: row.replaces ?? undefined },
      staged,
      {
        uploadId: id,
      },
    );
  } finally {
    await removeStaged(deps, id);
  }
}

/** After DELETE (tus termination): the upload's row goes too. */
export async function uploadCancelled(deps: UploadDeps, id: string) {
  await removeStaged(deps, id);
}

async function removeStaged(deps: UploadDeps, id: string) {
  deps.uploads.store.forget(id);
  await rm(path.join(deps.uploads.directory, id), { force: true });
  await rm(path.join(deps.uploads.directory, `${id}.json`), { force: true });
  await repo.deleteUpload(deps.db, id);
}

/**
 * Deletes uploads whose time is up (row, staged bytes and tus info), and staged files that no row names
 * and that are older than the expiry (left by a crash between the two). Run at start and periodically.
 */
export async function sweepExpiredUploads(deps: UploadDeps): Promise<{ removed: number }> {
  const now = nowOf(deps);
  let removed = 0;
  for (const u of await repo.expiredUploads(deps.db, now)) {
    await removeStaged(deps, u.id);
    removed++;
  }
  let names: string[] = [];
  try {
    names = await readdir(deps.uploads.directory);
  } catch {
    return { removed };
  }
  const ids = [...new Set(names.map((n) => n.replace(/\.json$/, '')).filter((n) => /^[0-9a-f]{32}$/.test(n)))];
  const known = await repo.uploadIds(deps.db, ids);
  for (const id of ids.filter((i) => !known.has(i))) {
    const file = path.join(deps.uploads.directory, id);
    const info = await stat(file).catch(() => stat(`${file}.json`).catch(() => null));
    if (info && now.getTime() - info.mtime.getTime() < deps.uploads.expiryMs) continue;
    deps.uploads.store.forget(id);
    await rm(file, { force: true });
    await rm(`${file}.json`, { force: true });
    removed++;
  }
  return { removed };
}
