// The account's kind, real-name verification, organisation and lawyer details in full, for the
// holder's copy of their data (个人信息保护法 Art. 45): decrypted, since it is their own.
import type { DataExport } from '@lian/contract';
import type { Db } from '../../infra/db.js';
import type { FieldCipher } from '../../infra/crypto.js';
import { AppError } from '../../http/errors.js';
import * as repo from './repo.js';

type Account = NonNullable<Awaited<ReturnType<typeof repo.accountOf>>>;

/** The last real-name check, as the account page and the data copy show it. */
export const lastCheckOf = (a: Account) =>
  a.identity_checked_at && a.identity_check_method && a.identity_check_result
    ? {
        method: a.identity_check_method,
        at: a.identity_checked_at.toISOString(),
        result: a.identity_check_result,
        reason: a.identity_check_reason,
      }
    : null;

/** An organisation account's organisation (public registration data: shown in full). */
export const organisationOf = (a: Account) =>
  a.org_name && a.org_credit_code && a.org_legal_representative
    ? { name: a.org_name, creditCode: a.org_credit_code, legalRepresentative: a.org_legal_representative }
    : null;

type AccountData = Pick<DataExport, 'identityVerification' | 'organisation' | 'lawyer'> & {
  account: Pick<DataExport['account'], 'kind' | 'phone' | 'deactivatedAt'>;
};

export async function accountDataOf(deps: { db: Db; cipher: FieldCipher }, userId: string): Promise<AccountData> {
  const a = await repo.accountOf(deps.db, userId);
  if (!a) throw new AppError('UNAUTHENTICATED', '请先登录');
  return {
    account: {
      kind: a.account_kind,
      phone: a.phone_enc ? deps.cipher.decrypt(a.phone_enc) : null,
      deactivatedAt: a.deactivated_at?.toISOString() ?? null,
    },
    identityVerification: {
      verifiedAt: a.identity_verified_at?.toISOString() ?? null,
      lastCheck: lastCheckOf(a),
    },
    organisation: organisationOf(a),
    lawyer:
      a.lawyer_certificate_enc && a.lawyer_law_firm && a.lawyer_status && a.lawyer_registered_at
        ? {
            certificateNumber: deps.cipher.decrypt(a.lawyer_certificate_enc),
            lawFirm: a.lawyer_law_firm,
            status: a.lawyer_status,
            submittedAt: a.lawyer_registered_at.toISOString(),
            decidedAt: a.lawyer_decided_at?.toISOString() ?? null,
            refusalReason: a.lawyer_refusal_reason,
          }
        : null,
  };
}
