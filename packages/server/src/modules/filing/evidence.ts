// The evidence list (证据目录) of a draft: each evidence file's name, source, purpose, original or copy and
// page count, in an order the filer sets; and the EXIF-free preview image of a material. Evidence fields
// of a replaced file carry over to its replacement.
import { createHash } from 'node:crypto';
import type { EvidenceFieldsBody } from '@lian/contract';
import { isEditable } from '@lian/domain';
import type { Selectable } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { MaterialsTable } from '../../infra/schema.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import type { Actor } from '../policy/policy.js';
import { assertMayChange } from './correction.js';
import * as repo from './repo.js';
import { authorizeFiling, type FilingDeps } from './service.js';
import { materialView } from './view.js';

type MaterialRow = Selectable<MaterialsTable>;

const notEditable = () => new AppError('FILING_NOT_EDITABLE', '已提交的立案申请不能修改');

/** The file name without its extension: the evidence's name until the filer gives another. */
export const defaultEvidenceName = (fileName: string) => fileName.replace(/\.[^.]*$/, '').slice(0, 200) || fileName.slice(0, 200);

/**
 * Removes the material an upload replaces (inside the upload's transaction) and returns it; 404 when the
 * draft has no such material.
 */
export async function takeOverMaterial(trx: Db, filingId: string, materialId: string): Promise<MaterialRow> {
  const old = await repo.deleteMaterial(trx, filingId, materialId);
  if (!old) throw notFound();
  return old;
}

/** Evidence-list columns of a new material: a new evidence file goes last, a replacement takes the old one's place. */
export async function evidenceColumnsFor(
  trx: Db,
  filingId: string,
  m: { kind: string; fileName: string; pageCount: number | null },
  replaced: MaterialRow | null,
) {
  if (m.kind !== 'evidence') return {};
  if (replaced?.kind === 'evidence') {
    return {
      evidence_position: replaced.evidence_position,
      evidence_name: replaced.evidence_name,
      evidence_source: replaced.evidence_source,
      evidence_purpose: replaced.evidence_purpose,
      evidence_original: replaced.evidence_original,
      evidence_pages: m.pageCount ?? replaced.evidence_pages,
    };
  }
  return {
    evidence_position: (await repo.maxEvidencePosition(trx, filingId)) + 1,
    evidence_name: defaultEvidenceName(m.fileName),
    evidence_pages: m.pageCount,
  };
}

export async function editEvidence(
  deps: FilingDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  materialId: string,
  body: EvidenceFieldsBody,
) {
  await authorizeFiling(deps, ctx, actor, 'filing.edit', id);
  const row = await deps.db.transaction().execute(async (trx) => {
    const locked = await repo.lockFiling(trx, id);
    if (!locked || !isEditable(locked.state)) throw notEditable();
    // Under a correction notice the evidence list may change only when the notice names the materials.
    await assertMayChange({ db: trx, now: deps.now }, locked, ['materials']);
    const m = await repo.findMaterial(trx, id, materialId);
    if (!m) throw notFound();
    if (m.kind !== 'evidence')
      throw new AppError('MATERIAL_NOT_EVIDENCE', '只有证据材料才有证据目录信息 / Only evidence has evidence-list fields');
    const blankToNull = (s: string) => (s === '' ? null : s);
    const updated = await repo.updateEvidence(trx, id, materialId, {
      evidence_name: blankToNull(body.name),
      evidence_source: blankToNull(body.source),
      evidence_purpose: blankToNull(body.purpose),
      evidence_original: body.original,
      evidence_pages: body.pageCount,
    });
    await appendAudit(trx, ctx, {
      action: 'evidence.edit',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: id,
      detail: { materialId },
    });
    return updated;
  });
  return materialView(row);
}

export async function reorderEvidence(deps: FilingDeps, ctx: AuditContext, actor: Actor, id: string, materialIds: readonly string[]) {
  await authorizeFiling(deps, ctx, actor, 'filing.edit', id);
  await deps.db.transaction().execute(async (trx) => {
    const locked = await repo.lockFiling(trx, id);
    if (!locked || !isEditable(locked.state)) throw notEditable();
    // Under a correction notice the evidence list may change only when the notice names the materials.
    await assertMayChange({ db: trx, now: deps.now }, locked, ['materials']);
    const evidence = (await repo.materialsOf(trx, id)).filter((m) => m.kind === 'evidence');
    const known = new Set(evidence.map((m) => m.id));
    const given = new Set(materialIds);
    const problems = [
      ...materialIds.filter((m) => !known.has(m)).map((m) => ({ path: 'materialIds', code: 'unknown', message: m })),
      ...evidence.filter((m) => !given.has(m.id)).map((m) => ({ path: 'materialIds', code: 'missing', message: m.id })),
      ...(given.size !== materialIds.length ? [{ path: 'materialIds', code: 'duplicate', message: 'an id is listed twice' }] : []),
    ];
    if (problems.length) {
      throw new AppError(
        'EVIDENCE_ORDER_INVALID',
        '证据顺序须包含每一份证据且各一次 / The order must list every evidence file exactly once',
        problems,
      );
    }
    // The unique (filing, position) constraint is deferred to the commit, so positions can be rewritten in place.
    for (const [i, materialId] of materialIds.entries()) await repo.setEvidencePosition(trx, id, materialId, i + 1);
    await appendAudit(trx, ctx, {
      action: 'evidence.reorder',
      outcome: 'success',
      resourceType: 'filing',
      resourceId: id,
      detail: { materialIds },
    });
  });
  return (await repo.materialsOf(deps.db, id)).map(materialView);
}

/** The preview derivative of a material (an EXIF-free re-encoding of an image), checked against its hash. */
export async function openPreview(
  deps: FilingDeps,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  materialId: string,
  opts: { afterAuthorization?: () => void } = {},
) {
  await authorizeFiling(deps, ctx, actor, 'filing.read', id);
  opts.afterAuthorization?.();
  const m = await repo.findMaterial(deps.db, id, materialId);
  if (!m?.derivative_sha256 || !m.derivative_media_type) throw notFound();
  const sha = m.derivative_sha256;
  // A preview is small (bounded side length): read whole and checked against its name before it is sent.
  const parts: Buffer[] = [];
  try {
    for await (const chunk of deps.blobs.read(sha)) parts.push(chunk as Buffer);
  } catch {
    throw previewBroken(deps, id, materialId, sha);
  }
  const bytes = Buffer.concat(parts);
  if (createHash('sha256').update(bytes).digest('hex') !== sha) throw previewBroken(deps, id, materialId, sha);
  return { bytes, mediaType: m.derivative_media_type, sha256: sha };
}

function previewBroken(deps: FilingDeps, filingId: string, materialId: string, sha256: string) {
  deps.log?.error({ filingId, materialId, sha256 }, 'preview derivative missing or failed its integrity check');
  return new AppError('INTERNAL', '预览文件已损坏 / The preview failed its integrity check');
}
