// Test support for the second factor: the TOTP secrets a test knows (the demo seed's, and those
// learnt by enrolling through the API), codes computed on the platform's own clock, and a way for
// helpers to sign the same staff account in many times within one 30-second step.
import type { FastifyInstance } from 'fastify';
import { generateSync } from 'otplib';
import { DEMO_TOTP_SECRETS } from '../src/cli/seed.js';
import type { Db } from '../src/infra/db.js';
import type { FieldCipher } from '../src/infra/crypto.js';
import { findUserByLogin } from '../src/modules/identity/repo.js';
import { loginIndexCandidates } from '../src/modules/identity/login-name.js';

export interface TestDeps {
  db: Db;
  cipher: FieldCipher;
  now?: () => Date;
  /** Pending sends, for reading what was kept in the outbox (outbox.ts). */
  messaging?: { drain(): Promise<void> };
}

/** The id of the account with this sign-in name (stored only encrypted, found by its blind index). */
export async function userIdByLogin(deps: { db: Db; cipher: FieldCipher }, login: string): Promise<string | undefined> {
  return (await findUserByLogin(deps.db, loginIndexCandidates(deps.cipher, login.trim().toLowerCase())))?.id;
}

/** The harness registers each app's dependencies here so that Client.login can reach them. */
export const testDepsOf = new WeakMap<FastifyInstance, TestDeps>();
const learnt = new WeakMap<object, Map<string, string>>();

export function rememberSecret(scope: object, login: string, secret: string) {
  const m = learnt.get(scope) ?? new Map<string, string>();
  m.set(login.trim().toLowerCase(), secret);
  learnt.set(scope, m);
}

export function secretFor(scope: object, login: string): string | undefined {
  const key = login.trim().toLowerCase();
  return learnt.get(scope)?.get(key) ?? DEMO_TOTP_SECRETS[key];
}

/** The TOTP code of `secret` at `at`, `steps` 30-second steps later or earlier. */
export const totpAt = (secret: string, at: Date, steps = 0) =>
  generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) + steps * 30 });

/**
 * Forgets the last accepted time step of an account, so that a test helper may sign it in again
 * within the same 30 seconds. Replay protection itself is tested with raw requests, never through this.
 */
export async function forgetLastTimeStep(deps: { db: Db; cipher: FieldCipher }, login: string) {
  const userId = await userIdByLogin(deps, login);
  if (userId) await deps.db.updateTable('totp_factors').set({ last_time_step: null }).where('user_id', '=', userId).execute();
}
