// The first administrator of an installation (`lian create-admin`): staff accounts are created by an
// administrator, so the first one is created by the operator at the server, who receives its set-up code.
import { listCourts } from '../catalogue/service.js';
import { normaliseLogin } from '../identity/login-name.js';
import { insertStaff, type StaffDeps } from './staff.js';

export async function bootstrapAdministrator(
  deps: Pick<StaffDeps, 'db' | 'cipher' | 'now'>,
  input: { login: string; realName: string; courtCode: string | null },
): Promise<{ userId: string; code: string; login: string }> {
  const login = normaliseLogin(input.login);
  if (!login.ok || login.kind !== 'email') throw new Error(`not an e-mail address: ${input.login}`);
  if (!input.realName.trim()) throw new Error('a name is required');
  let courtId: string | null = null;
  if (input.courtCode !== null) {
    const court = (await listCourts(deps.db)).find((c) => c.code === input.courtCode);
    if (!court) throw new Error(`no court with the designation ${input.courtCode}`);
    courtId = court.id;
  }
  const rows = courtId ? [{ role: 'court_admin' as const, court_id: courtId }] : [{ role: 'system_admin' as const, court_id: null }];
  const created = await insertStaff(
    deps,
    { actorId: null, requestId: 'cli:create-admin', ip: null },
    { login: login.login, realName: input.realName.trim(), rows },
  );
  return { ...created, login: login.login };
}
