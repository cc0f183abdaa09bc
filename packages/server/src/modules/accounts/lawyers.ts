// Verification of lawyers by a court administrator: the queue of applications, the full certificate
// number (each viewing audited), approval, and refusal with a reason the lawyer is shown.
import type { LawyerApplication, LawyerStatus } from '@lian/contract';
import { maskLawyerCertificate } from '@lian/domain';
import type { Db } from '../../infra/db.js';
import type { FieldCipher } from '../../infra/crypto.js';
import { AppError, notFound } from '../../http/errors.js';
import { type AuditContext, appendAudit, recordAudit, textDigest } from '../audit/service.js';
import type { Actor } from '../policy/policy.js';
import * as repo from './repo.js';

export const certificateIndexOf = (cipher: FieldCipher, value: string) => cipher.index(`lawyer-certificate:${value}`);

export interface LawyerDeps {
  db: Db;
  cipher: FieldCipher;
  now?: () => Date;
}

export async function listLawyers(deps: LawyerDeps, status: LawyerStatus): Promise<LawyerApplication[]> {
  const rows = await repo.lawyersByStatus(deps.db, status);
  return rows.map((r) => ({
    userId: r.user_id,
    realName: r.real_name,
    certificateMasked: maskLawyerCertificate(deps.cipher.decrypt(r.certificate_enc)),
    lawFirm: r.law_firm,
    status: r.status,
    registeredAt: r.registered_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null,
    refusalReason: r.refusal_reason,
  }));
}

/** The full certificate number, to compare with the certificate itself; the viewing is audited. */
export async function certificateOf(deps: LawyerDeps, ctx: AuditContext, userId: string): Promise<string> {
  const row = await deps.db.selectFrom('lawyer_accounts').select('certificate_enc').where('user_id', '=', userId).executeTakeFirst();
  if (!row) throw notFound();
  await recordAudit(deps.db, ctx, { action: 'lawyer.certificate_view', outcome: 'success', resourceType: 'user', resourceId: userId });
  return deps.cipher.decrypt(row.certificate_enc);
}

export async function decideLawyer(
  deps: LawyerDeps,
  ctx: AuditContext,
  actor: Actor,
  userId: string,
  decision: { approve: true } | { approve: false; reason: string },
): Promise<void> {
  const now = deps.now?.() ?? new Date();
  if (userId === actor.userId)
    throw new AppError('SELF_CHANGE_REFUSED', '不能核验自己的账户 / You cannot verify your own account', undefined, 'self_change');
  await deps.db.transaction().execute(async (trx) => {
    const row = await repo.lawyerForUpdate(trx, userId);
    if (!row) throw notFound();
    const status = decision.approve ? 'verified' : 'refused';
    // A refused lawyer may be approved later (a corrected certificate); an approval stands until refused.
    if (row.status === status) throw new AppError('CONFLICT', '已经处理过了 / Already decided');
    await repo.decideLawyer(trx, userId, {
      status,
      decided_at: now,
      decided_by: actor.userId,
      refusal_reason: decision.approve ? null : decision.reason,
    });
    await appendAudit(trx, ctx, {
      action: decision.approve ? 'lawyer.approve' : 'lawyer.refuse',
      outcome: 'success',
      resourceType: 'user',
      resourceId: userId,
      detail: decision.approve ? { from: row.status } : { from: row.status, reasonSha256: textDigest(decision.reason) },
    });
  });
}

/** Seed and operator CLI: gives an existing lawyer account its certificate, verified or pending, once. */
export async function ensureLawyerProfile(
  deps: LawyerDeps,
  userId: string,
  p: { certificateNumber: string; lawFirm: string; verified: boolean },
): Promise<void> {
  const now = deps.now?.() ?? new Date();
  await deps.db
    .insertInto('lawyer_accounts')
    .values({
      user_id: userId,
      certificate_enc: deps.cipher.encrypt(p.certificateNumber),
      certificate_index: certificateIndexOf(deps.cipher, p.certificateNumber),
      law_firm: p.lawFirm,
      status: p.verified ? 'verified' : 'pending',
      decided_at: p.verified ? now : null,
      decided_by: null,
      refusal_reason: null,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
