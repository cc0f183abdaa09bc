// SQL of organisation and lawyer details, real-name verification records and staff memberships.
import type { Role } from '@lian/contract';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { LawyerAccountsTable, OrganisationAccountsTable, UsersTable } from '../../infra/schema.js';

export async function insertOrganisation(trx: Db, row: Insertable<OrganisationAccountsTable>) {
  await trx.insertInto('organisation_accounts').values(row).execute();
}

export async function insertLawyer(trx: Db, row: Insertable<LawyerAccountsTable>) {
  await trx.insertInto('lawyer_accounts').values(row).execute();
}

export function certificateTaken(db: Db, index: string) {
  return db.selectFrom('lawyer_accounts').select('user_id').where('certificate_index', '=', index).executeTakeFirst();
}

export function accountOf(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .leftJoin('organisation_accounts as o', 'o.user_id', 'users.id')
    .leftJoin('lawyer_accounts as l', 'l.user_id', 'users.id')
    .select([
      'users.id',
      'users.real_name',
      'users.account_kind',
      'users.id_number_enc',
      'users.identity_verified_at',
      'users.identity_check_method',
      'users.identity_checked_at',
      'users.identity_check_result',
      'users.identity_check_reason',
      'users.phone_enc',
      'users.deactivated_at',
      'o.name as org_name',
      'o.credit_code as org_credit_code',
      'o.legal_representative as org_legal_representative',
      'l.certificate_enc as lawyer_certificate_enc',
      'l.law_firm as lawyer_law_firm',
      'l.status as lawyer_status',
      'l.refusal_reason as lawyer_refusal_reason',
      'l.registered_at as lawyer_registered_at',
      'l.decided_at as lawyer_decided_at',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

export async function updateUser(trx: Db, userId: string, set: Updateable<UsersTable>) {
  await trx.updateTable('users').set(set).where('id', '=', userId).execute();
}

export function lawyerRoleHeld(db: Db, userId: string) {
  return db.selectFrom('user_roles').select('role').where('user_id', '=', userId).where('role', '=', 'lawyer').executeTakeFirst();
}

export function lawyersByStatus(db: Db, status: 'pending' | 'verified' | 'refused') {
  return db
    .selectFrom('lawyer_accounts as l')
    .innerJoin('users as u', 'u.id', 'l.user_id')
    .select([
      'l.user_id',
      'u.real_name',
      'l.certificate_enc',
      'l.law_firm',
      'l.status',
      'l.registered_at',
      'l.decided_at',
      'l.refusal_reason',
    ])
    .where('l.status', '=', status)
    .orderBy('l.registered_at')
    .limit(500)
    .execute();
}

export function lawyerForUpdate(trx: Db, userId: string) {
  return trx.selectFrom('lawyer_accounts').selectAll().where('user_id', '=', userId).forUpdate().executeTakeFirst();
}

export async function lockUser(trx: Db, userId: string) {
  await trx.selectFrom('users').select('id').where('id', '=', userId).forUpdate().executeTakeFirst();
}

/** A new or corrected certificate: back to the verification queue, the earlier decision cleared. */
export async function resubmitLawyer(trx: Db, userId: string, set: Updateable<LawyerAccountsTable>) {
  await trx.updateTable('lawyer_accounts').set(set).where('user_id', '=', userId).execute();
}

export async function decideLawyer(
  trx: Db,
  userId: string,
  d: { status: 'verified' | 'refused'; decided_at: Date; decided_by: string; refusal_reason: string | null },
) {
  await trx.updateTable('lawyer_accounts').set(d).where('user_id', '=', userId).execute();
}

// Staff memberships.

export function staffAccounts(db: Db) {
  return db
    .selectFrom('users')
    .leftJoin('totp_factors as f', 'f.user_id', 'users.id')
    .select(['users.id', 'users.login', 'users.login_enc', 'users.real_name', 'users.deactivated_at', 'f.confirmed_at'])
    .where('users.account_kind', '=', 'staff')
    .orderBy('users.real_name')
    .execute();
}

export function staffAccount(db: Db, userId: string, opts: { forUpdate?: boolean } = {}) {
  const q = db
    .selectFrom('users')
    .select(['id', 'login', 'login_enc', 'real_name', 'deactivated_at', 'account_kind'])
    .where('id', '=', userId)
    .where('account_kind', '=', 'staff');
  return (opts.forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

export function rolesOfUsers(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('user_roles').select(['user_id', 'role', 'court_id']).where('user_id', 'in', userIds).execute();
}

export async function replaceRoles(
  trx: Db,
  userId: string,
  keep: (r: { role: Role; court_id: string | null }) => boolean,
  add: Array<{ role: Role; court_id: string | null }>,
) {
  const current = await trx.selectFrom('user_roles').select(['role', 'court_id']).where('user_id', '=', userId).execute();
  for (const r of current.filter((x) => !keep(x))) {
    let q = trx.deleteFrom('user_roles').where('user_id', '=', userId).where('role', '=', r.role);
    q = r.court_id === null ? q.where('court_id', 'is', null) : q.where('court_id', '=', r.court_id);
    await q.execute();
  }
  if (add.length)
    await trx
      .insertInto('user_roles')
      .values(add.map((a) => ({ user_id: userId, ...a })))
      .onConflict((oc) => oc.doNothing())
      .execute();
}

export function courtsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('courts').select(['id', 'code', 'name']).where('id', 'in', ids).execute();
}

export function allCourts(db: Db) {
  return db.selectFrom('courts').select(['id', 'code', 'name']).orderBy('code').execute();
}

/** Ends the account's sessions and pending sign-in challenges; returns how many sessions ended. */
export async function endSessions(trx: Db, userId: string): Promise<number> {
  await trx.deleteFrom('sign_in_challenges').where('user_id', '=', userId).execute();
  const rows = await trx.deleteFrom('sessions').where('user_id', '=', userId).returning('id').execute();
  return rows.length;
}

/** Clears the authenticator and its recovery codes: the next sign-in enrols a new one. */
export async function clearSecondFactor(trx: Db, userId: string): Promise<boolean> {
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  const rows = await trx.deleteFrom('totp_factors').where('user_id', '=', userId).returning('user_id').execute();
  return rows.length > 0;
}
