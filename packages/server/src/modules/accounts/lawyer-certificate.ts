// A lawyer puts their practising certificate (执业证) on file from the account page: accounts from before
// certificates were asked at registration have none, and a refused lawyer corrects theirs. Either way
// the certificate goes (back) to the court administrators' verification queue. A verified lawyer may
// change it too (a new firm, a renewed certificate), but the change is not silent: the verification
// starts again, and until an administrator verifies it the lawyer cannot file for clients.
import type { IdentityStatus, LawyerCertificateBody } from '@lian/contract';
import { validateLawyerCertificate } from '@lian/domain';
import { AppError } from '../../http/errors.js';
import { type AuditContext, appendAudit } from '../audit/service.js';
import { type IdentityDeps, isUniqueViolation } from '../identity/service.js';
import { type Actor, can } from '../policy/policy.js';
import { certificateIndexOf } from './lawyers.js';
import { identityStatusOf } from './registration.js';
import * as repo from './repo.js';

const taken = () => new AppError('LAWYER_CERTIFICATE_TAKEN', '该执业证号已注册');

export async function submitLawyerCertificate(
  deps: IdentityDeps,
  ctx: AuditContext,
  actor: Actor,
  body: LawyerCertificateBody,
): Promise<IdentityStatus> {
  if (!can(actor, 'lawyer.certificate')) throw new AppError('FORBIDDEN', '仅律师账户可提交执业证 / Lawyer accounts only');
  const cert = validateLawyerCertificate(body.certificateNumber);
  if (!cert.ok) {
    throw new AppError('LAWYER_CERTIFICATE_INVALID', '律师执业证号应为17位数字', [
      { path: 'certificateNumber', code: cert.reason, message: '律师执业证号应为17位数字 / The certificate number has 17 digits' },
    ]);
  }
  const index = certificateIndexOf(deps.cipher, cert.value);
  const now = deps.now?.() ?? new Date();
  try {
    await deps.db.transaction().execute(async (trx) => {
      // The account row serialises two submissions of one lawyer (the certificate row may not exist yet).
      await repo.lockUser(trx, actor.userId);
      const row = await repo.lawyerForUpdate(trx, actor.userId);
      const holder = await repo.certificateTaken(trx, index);
      if (holder && holder.user_id !== actor.userId) throw taken();
      const sameCertificate = row?.certificate_index === index;
      // Nothing new to check: a pending or verified certificate resubmitted as it is changes nothing.
      if (row && row.status !== 'refused' && sameCertificate && row.law_firm === body.lawFirm) return;
      const values = {
        certificate_enc: deps.cipher.encrypt(cert.value),
        certificate_index: index,
        law_firm: body.lawFirm,
        status: 'pending' as const,
        registered_at: now,
        decided_at: null,
        decided_by: null,
        refusal_reason: null,
      };
      if (row) await repo.resubmitLawyer(trx, actor.userId, values);
      else await repo.insertLawyer(trx, { user_id: actor.userId, ...values });
      await appendAudit(trx, ctx, {
        action: 'lawyer.certificate_submit',
        outcome: 'success',
        resourceType: 'user',
        resourceId: actor.userId,
        detail: { from: row?.status ?? 'missing', certificateChanged: !sameCertificate, lawFirmChanged: row?.law_firm !== body.lawFirm },
      });
    });
  } catch (e) {
    // Another account took the number between the check and the write.
    if (isUniqueViolation(e)) throw taken();
    throw e;
  }
  return identityStatusOf(deps, actor);
}
