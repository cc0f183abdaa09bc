// The vocabulary of the authorization matrix (authorization-matrix.test.ts): its subjects, filing states,
// the rules a route can have and the answers they demand, and the parser of Fastify's route tree.
import type { Action } from '../src/modules/policy/policy.js';

export const subjects = ['anonymous', 'owner', 'otherLitigant', 'lawyer', 'clerk', 'otherCourtClerk', 'admin', 'judge'] as const;
export type Subject = (typeof subjects)[number];
export const states = ['draft', 'submitted', 'accepted'] as const;
export type State = (typeof states)[number];
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Who may call a route. `filing` routes answer `expect(subject, state)` for signed-in subjects, 404 meaning "denied". */
export type Rule =
  | { kind: 'public' }
  | { kind: 'user'; roles: 'any' | readonly Subject[] }
  /** Acts on one of the caller's own sessions: another account's session id answers 404. */
  | { kind: 'ownSession' }
  /** Needs a session; who may do what is tested in the named file. Here: anonymous callers get 401. */
  | { kind: 'signedIn'; testedIn: string }
  | {
      kind: 'filing';
      action: Action;
      expect: (s: Subject, st: State) => number;
      consumes?: boolean;
      /** Whether a 404 is a denial with an audit record (default) or an authorized look-up that found nothing. */
      denied?: (s: Subject, st: State) => boolean;
      /** The request body of a POST (default `{}`). */
      body?: () => unknown;
    }
  /**
   * A tus resumable-upload route on a filing: it speaks the tus protocol (headers, not JSON), so its
   * subject × state matrix lives in the focused test named here, which must exist.
   */
  | { kind: 'tus'; action: Action; test: string };

// Read: the filer always; staff of the filing's court once it is submitted, never a draft.
export const readers = (s: Subject, st: State) => (s === 'owner' || (st !== 'draft' && (s === 'clerk' || s === 'admin')) ? 200 : 404);
// Edit and submit: the filer only, and only while it is a draft (afterwards a 409, not a denial).
export const filerWhileDraft = (ok: number) => (s: Subject, st: State) => (s !== 'owner' ? 404 : st === 'draft' ? ok : 409);
// Accept: a filing clerk of the filing's court, once it is submitted (a draft is invisible to them).
export const clerkOfCourt = (s: Subject, st: State) => (s !== 'clerk' || st === 'draft' ? 404 : st === 'submitted' ? 200 : 409);
// Assign: a filing clerk of the filing's court, once it is registered.
/** The filing court's clerk, in any state after submission (reads that do not depend on the state). */
export const clerkOfCourtAnyState = (s: Subject, st: State) => (s !== 'clerk' || st === 'draft' ? 404 : 200);
export const clerkOfRegistered = (s: Subject, st: State) => (s !== 'clerk' || st === 'draft' ? 404 : st === 'accepted' ? 200 : 409);
// Insist: the filer, and only after a return (none of the matrix's states; review-decisions.test.ts has the 200).
export const filerAfterReturn = (s: Subject) => (s !== 'owner' ? 404 : 409);
// Pay the fee, apply for judicial aid: the filer, once the case is registered and the fee unpaid.
export const filerOfRegistered = (ok: number) => (s: Subject, st: State) => (s !== 'owner' ? 404 : st === 'accepted' ? ok : 409);
/** Routes from `app.printRoutes({ commonPrefix: false })`: a tree whose child labels extend their parent's path. */
export function registeredRoutes(tree: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const at = line.search(/[├└]── /);
    if (at < 0) continue;
    const depth = at / 4;
    const m = /^(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line.slice(at + 4))!;
    stack.length = depth;
    stack.push(m[1]!);
    const url = stack.join('');
    const methods = (m[2] ?? '').split(', ').filter(Boolean);
    for (const method of methods) if (method !== 'HEAD' || !methods.includes('GET')) out.push(`${method} ${url}`);
  }
  return out;
}

/** A checksum-valid resident ID number (GB 11643) from its first 17 digits. */
export const residentId = (first17: string) =>
  first17 +
  '10X98765432'[[...first17].reduce((s, d, i) => s + Number(d) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i]!, 0) % 11];
