// Real-name verification (实名认证) behind one interface. The local verifier checks what can be checked
// without a national service: the ID number's checksum, its region and a plausible birth date. The HTTP
// adapter asks a national verification service through the contract in docs/identity-verification.md.
// Either way the verdict, its method and time are recorded on the account (see accounts/identity.ts).
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { dateInZone, validateResidentId } from '@lian/domain';

export interface IdentityClaim {
  realName: string;
  idNumber: string;
}

export type IdentityVerdict =
  | { result: 'verified'; method: string; reason: null }
  /** The claim is wrong: a bad checksum, an impossible birth date, or the name does not match the number. */
  | { result: 'refused'; method: string; reason: string }
  /** No verdict could be had (service down, time-out, bad answer): the account may try again later. */
  | { result: 'unavailable'; method: string; reason: string };

export interface IdentityVerifier {
  /** Recorded with every verdict, e.g. `local_checksum` or `http:<host>`. */
  readonly method: string;
  verify(claim: IdentityClaim, now: Date): Promise<IdentityVerdict>;
}

/**
 * Oldest age accepted as plausible; an older birth date is a typing mistake. (A birth date in the future is
 * refused by the ID number check itself. Minors are not refused: whether they may act alone is for the court.)
 */
export const MAX_AGE_YEARS = 120;

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** The checks every verifier starts with; a refusal here is final and needs no remote call. */
export function localCheck(claim: IdentityClaim, now: Date): { ok: true; idNumber: string } | { ok: false; reason: string } {
  const today = dateInZone(now, 'Asia/Shanghai');
  const id = validateResidentId(claim.idNumber, today);
  if (!id.ok) return { ok: false, reason: `ID_${id.reason}` };
  const age = ageOn(id.birthDate, today);
  if (age > MAX_AGE_YEARS) return { ok: false, reason: 'BIRTH_DATE_IMPLAUSIBLE' };
  if (!claim.realName.trim()) return { ok: false, reason: 'NAME_MISSING' };
  return { ok: true, idNumber: id.value };
}

export const localVerifier: IdentityVerifier = {
  method: 'local_checksum',
  async verify(claim, now) {
    const check = localCheck(claim, now);
    return check.ok
      ? { result: 'verified', method: this.method, reason: null }
      : { result: 'refused', method: this.method, reason: check.reason };
  },
};

export interface HttpVerifierOptions {
  url: string;
  /** Shared secret for HMAC-SHA-256 request and response signatures (at least 32 characters). */
  secret: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export const sign = (secret: string, timestamp: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Answers the service may give; anything else is treated as no answer. */
const ANSWERS = new Set(['match', 'mismatch', 'not_found']);

/** The adapter of docs/identity-verification.md. */
export function httpVerifier(opts: HttpVerifierOptions): IdentityVerifier {
  const doFetch = opts.fetch ?? fetch;
  const method = `http:${new URL(opts.url).host}`;
  return {
    method,
    async verify(claim, now) {
      const check = localCheck(claim, now);
      if (!check.ok) return { result: 'refused', method, reason: check.reason };
      const requestId = randomUUID();
      const body = JSON.stringify({ requestId, realName: claim.realName.trim(), idNumber: check.idNumber });
      const timestamp = String(Math.floor(now.getTime() / 1000));
      const unavailable = (reason: string): IdentityVerdict => ({ result: 'unavailable', method, reason });
      let res: Response;
      try {
        res = await doFetch(opts.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-lian-timestamp': timestamp,
            'x-lian-signature': sign(opts.secret, timestamp, body),
          },
          body,
          signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
        });
      } catch (e) {
        return unavailable(e instanceof Error && e.name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK');
      }
      if (res.status !== 200) return unavailable(`HTTP_${res.status}`);
      const text = await res.text();
      const answeredAt = res.headers.get('x-lian-timestamp') ?? '';
      // The answer is signed like the request, over its own timestamp: a forged or altered answer is no answer.
      if (!sameSignature(res.headers.get('x-lian-signature') ?? '', sign(opts.secret, answeredAt, text)))
        return unavailable('BAD_SIGNATURE');
      let parsed: { requestId?: unknown; result?: unknown };
      try {
        parsed = JSON.parse(text) as typeof parsed;
      } catch {
        return unavailable('BAD_ANSWER');
      }
      if (parsed.requestId !== requestId || typeof parsed.result !== 'string' || !ANSWERS.has(parsed.result))
        return unavailable('BAD_ANSWER');
      if (parsed.result === 'match') return { result: 'verified', method, reason: null };
      return { result: 'refused', method, reason: parsed.result === 'mismatch' ? 'NAME_MISMATCH' : 'ID_NOT_FOUND' };
    },
  };
}
