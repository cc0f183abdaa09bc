// Registration of organisations and lawyers, the account's real-name verification ("verify now"), and
// the rule that an account files with a court only once its identity (and a lawyer's certificate) is verified.
import type { IdentityStatus, RegisterLawyerBody, RegisterOrganisationBody } from '@lian/contract';
import { maskLawyerCertificate, validateCreditCode, validateLawyerCertificate, validateMobile } from '@lian/domain';
import { AppError } from '../../http/errors.js';
import { type AuditContext, appendAudit, recordAudit } from '../audit/service.js';
import type { Actor } from '../policy/policy.js';
import { type IdentityDeps, type SignInClient, identityColumns, registerAndSignIn } from '../identity/service.js';
import { localVerifier } from '../identity/verifier.js';
import { lastCheckOf, organisationOf } from './data-export.js';
import { certificateIndexOf } from './lawyers.js';
import * as repo from './repo.js';

export async function registerOrganisation(deps: IdentityDeps, ctx: AuditContext, body: RegisterOrganisationBody, client: SignInClient) {
  // The organisation's own fields first: a bad credit code is refused before anything is written.
  const code = validateCreditCode(body.creditCode);
  if (!code.ok) {
    throw new AppError('CREDIT_CODE_INVALID', '统一社会信用代码无效', [
      { path: 'creditCode', code: code.reason, message: '统一社会信用代码无效 / Invalid unified social credit code' },
    ]);
  }
  const phone = validateMobile(body.phone);
  if (!phone.ok) {
    throw new AppError('PHONE_INVALID', '手机号码无效', [
      { path: 'phone', code: phone.reason, message: '手机号码无效 / Invalid mobile number' },
    ]);
  }
  return registerAndSignIn(deps, ctx, body, client, {
    kind: 'organisation',
    role: 'litigant',
    phoneEnc: deps.cipher.encrypt(phone.value),
    inTransaction: (trx, userId) =>
      repo.insertOrganisation(trx, {
        user_id: userId,
        name: body.organisationName,
        credit_code: code.value,
        legal_representative: body.legalRepresentative,
      }),
  });
}

export async function registerLawyer(deps: IdentityDeps, ctx: AuditContext, body: RegisterLawyerBody, client: SignInClient) {
  const cert = validateLawyerCertificate(body.certificateNumber);
  if (!cert.ok) {
    throw new AppError('LAWYER_CERTIFICATE_INVALID', '律师执业证号应为17位数字', [
      { path: 'certificateNumber', code: cert.reason, message: '律师执业证号应为17位数字 / The certificate number has 17 digits' },
    ]);
  }
  const index = certificateIndexOf(deps.cipher, cert.value);
  if (await repo.certificateTaken(deps.db, index)) throw new AppError('LAWYER_CERTIFICATE_TAKEN', '该执业证号已注册');
  return registerAndSignIn(deps, ctx, body, client, {
    kind: 'lawyer',
    role: 'lawyer',
    inTransaction: (trx, userId) =>
      repo.insertLawyer(trx, {
        user_id: userId,
        certificate_enc: deps.cipher.encrypt(cert.value),
        certificate_index: index,
        law_firm: body.lawFirm,
        decided_at: null,
        decided_by: null,
        refusal_reason: null,
      }),
  });
}

export async function identityStatusOf(deps: IdentityDeps, actor: Actor): Promise<IdentityStatus> {
  const a = await repo.accountOf(deps.db, actor.userId);
  if (!a) throw new AppError('UNAUTHENTICATED', '请先登录');
  return {
    kind: a.account_kind,
    verified: a.identity_verified_at !== null,
    lastCheck: lastCheckOf(a),
    organisation: organisationOf(a),
    lawyer:
      a.lawyer_certificate_enc && a.lawyer_law_firm && a.lawyer_status
        ? {
            certificateMasked: maskLawyerCertificate(deps.cipher.decrypt(a.lawyer_certificate_enc)),
            lawFirm: a.lawyer_law_firm,
            status: a.lawyer_status,
            refusalReason: a.lawyer_refusal_reason,
          }
        : null,
  };
}

/** "Verify now": runs the verifier again for an account whose last check did not succeed. */
export async function verifyIdentityNow(deps: IdentityDeps, ctx: AuditContext, actor: Actor): Promise<IdentityStatus> {
  const now = deps.now?.() ?? new Date();
  const a = await repo.accountOf(deps.db, actor.userId);
  if (!a) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (a.identity_verified_at) return identityStatusOf(deps, actor);
  if (!a.id_number_enc) throw new AppError('CONFLICT', '此账户没有身份证号码，无需实名认证 / This account has no ID number to verify');
  const verdict = await (deps.verifier ?? localVerifier).verify(
    { realName: a.real_name, idNumber: deps.cipher.decrypt(a.id_number_enc) },
    now,
  );
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, actor.userId, identityColumns(verdict, now));
    await appendAudit(
      trx,
      { ...ctx, actorId: actor.userId },
      {
        action: 'account.identity_verify',
        outcome: verdict.result === 'verified' ? 'success' : 'failure',
        resourceType: 'user',
        resourceId: actor.userId,
        detail: { method: verdict.method, result: verdict.result, reason: verdict.reason },
      },
    );
  });
  return identityStatusOf(deps, actor);
}

/**
 * Filing with a court (submitting) needs a verified real name, and for a lawyer, who files as agent
 * (代理人) for clients, a practising certificate a court administrator has verified. Drafts need neither.
 */
export async function assertMayFile(deps: Pick<IdentityDeps, 'db'>, ctx: AuditContext, actor: Actor, filingId: string): Promise<void> {
  const a = await repo.accountOf(deps.db, actor.userId);
  const refuse = async (e: AppError) => {
    await recordAudit(deps.db, ctx, {
      action: 'filing.submit',
      outcome: 'denied',
      resourceType: 'filing',
      resourceId: filingId,
      detail: { reason: e.code },
    });
    return e;
  };
  if (!a?.identity_verified_at) {
    throw await refuse(
      new AppError(
        'IDENTITY_UNVERIFIED',
        '账户尚未通过实名认证，可以保存草稿，但不能提交。请在“我的账户”中重新认证。 / Your identity is not verified yet: verify it on your account page before submitting.',
      ),
    );
  }
  const actsAsLawyer = actor.roles.some((r) => r.role === 'lawyer');
  if (actsAsLawyer && a.lawyer_status !== 'verified') {
    throw await refuse(
      new AppError(
        'LAWYER_NOT_VERIFIED',
        '律师执业证尚未经法院管理员核验，暂不能代理提交立案。 / A court administrator has not verified your practising certificate yet.',
        [{ path: 'lawyer', code: a.lawyer_status ?? 'missing', message: a.lawyer_refusal_reason ?? '' }],
      ),
    );
  }
}
