// The account holder's rights over their personal data (个人信息保护法 Arts. 45, 47): a complete copy
// of what the platform holds about them, and deletion of an account that has brought nothing before a
// court. Court staff accounts are managed by court administrators and cannot delete themselves.
import type { DataExport } from '@lian/contract';
import type { Db } from '../../infra/db.js';
import { AppError } from '../../http/errors.js';
import { accountDataOf } from '../accounts/data-export.js';
import { actionsOnAccountOf, activityOf, type AuditContext, appendAudit } from '../audit/service.js';
import { deleteDraftsOf, exportFilingsOf, type FilingDeps, removeUnreferencedBlobs } from '../filing/service.js';
import { signInDataOf } from '../identity/data-export.js';
import { accountExport, confirmPassword, deleteAccountInTransaction } from '../identity/service.js';
import { listSessions } from '../identity/sessions.js';
import type { Actor } from '../policy/policy.js';

export type PrivacyDeps = FilingDeps;

const SELF_SERVICE_ROLES = new Set(['litigant', 'lawyer']);

/**
 * Everything held about the account, its own data unmasked: the account, its kind and real-name check,
 * organisation or lawyer details, passkeys and authenticator (described, never their secrets), codes
 * and sign-in events, filings, sessions, its own actions and what administrators did to it. The format
 * is the contract's `dataExport` (docs/api.md); other people appear only inside the holder's own filings.
 */
export async function exportPersonalData(deps: PrivacyDeps, ctx: AuditContext, actor: Actor, sessionToken: string): Promise<DataExport> {
  const [base, details, filings, sessions, activity, actionsOnAccount] = await Promise.all([
    accountExport(deps, actor),
    accountDataOf(deps, actor.userId),
    exportFilingsOf(deps, actor),
    listSessions(deps, actor, sessionToken),
    activityOf(deps.db, actor.userId, 10_000),
    actionsOnAccountOf(deps.db, actor.userId),
  ]);
  const signIn = await signInDataOf(deps, actor.userId, base.login);
  // A full copy holds unmasked personal data: the read is recorded like every sensitive read.
  await deps.db
    .transaction()
    .execute((trx: Db) =>
      appendAudit(trx, ctx, { action: 'account.data_export', outcome: 'success', resourceType: 'user', resourceId: actor.userId }),
    );
  return {
    format: 'lian.personal-data-export/1',
    exportedAt: (deps.now?.() ?? new Date()).toISOString(),
    account: { ...base, ...details.account },
    identityVerification: details.identityVerification,
    organisation: details.organisation,
    lawyer: details.lawyer,
    ...signIn,
    filings,
    sessions,
    activity,
    actionsOnAccount,
  };
}

export async function deleteOwnAccount(deps: PrivacyDeps, ctx: AuditContext, actor: Actor, password: string): Promise<void> {
  if (!actor.roles.every((r) => SELF_SERVICE_ROLES.has(r.role))) {
    throw new AppError('FORBIDDEN', '工作人员账号由法院管理员管理 / Staff accounts are managed by the court administrator');
  }
  await confirmPassword(deps, ctx, actor, password);
  const hashes = await deps.db.transaction().execute(async (trx) => {
    const drafts = await deleteDraftsOf(trx, actor.userId);
    if (!drafts.ok) {
      throw new AppError(
        'ACCOUNT_HAS_FILINGS',
        '您已向法院提交过立案申请，账号需保留 / The account has filings before a court and cannot be deleted',
      );
    }
    await deleteAccountInTransaction(trx, actor.userId);
    // The record keeps the account id (needed to read the trail), no personal data.
    await appendAudit(trx, ctx, { action: 'account.delete', outcome: 'success', resourceType: 'user', resourceId: actor.userId });
    return drafts.hashes;
  });
  await removeUnreferencedBlobs(deps, hashes);
}
