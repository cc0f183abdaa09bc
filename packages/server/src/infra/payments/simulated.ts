// The local simulated gateway: stands in for a bank or payment provider in development, tests and
// demonstrations. Its "checkout session" is a token signed with the gateway key (the order as the gateway
// would hold it), its page is served by modules/fees/sim-routes.ts, and on confirmation it posts a callback
// signed exactly as docs/payments.md describes: HMAC-SHA256 over "timestamp.nonce.body" with the shared key.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CallbackHeaders, CallbackVerification, PaymentGateway, PaymentOrder, VerifiedPayment } from './gateway.js';

export const SIGNATURE_HEADER = 'x-lian-pay-signature';
export const TIMESTAMP_HEADER = 'x-lian-pay-timestamp';
export const NONCE_HEADER = 'x-lian-pay-nonce';

const hmac = (key: Buffer, data: string) => createHmac('sha256', key).update(data).digest();
const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/** HMAC-SHA256 of "timestamp.nonce.body", hex: what the gateway sends in X-Lian-Pay-Signature. */
export function signCallback(key: Buffer, timestamp: string, nonce: string, body: string): string {
  return hmac(key, `${timestamp}.${nonce}.${body}`).toString('hex');
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

const header = (h: CallbackHeaders, name: string) => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

export interface SimulatedGateway extends PaymentGateway {
  /** The order a checkout token stands for, or null when the token was not issued with this key. */
  openToken(token: string): PaymentOrder | null;
  /** The signed callback for a confirmed payment of `order`: headers and body, as the gateway would post them. */
  signedCallback(
    order: PaymentOrder,
    opts?: { amountFen?: number; transactionId?: string; at?: Date },
  ): { headers: Record<string, string>; body: string };
}

export function simulatedGateway(opts: { key: Buffer; basePath?: string; replayWindowMs?: number }): SimulatedGateway {
  const key = opts.key;
  const basePath = opts.basePath ?? '/pay/sim';
  return {
    name: 'sim',
    replayWindowMs: opts.replayWindowMs ?? 5 * 60_000,
    async createPayment(order) {
      const payload = b64url(JSON.stringify(order));
      const token = `${payload}.${b64url(hmac(key, `checkout.${payload}`))}`;
      // In the query string: a checkout session is longer than a path parameter may be.
      return { redirectUrl: `${basePath}?s=${token}` };
    },
    openToken(token) {
      const [payload, mac] = token.split('.');
      if (!payload || !mac) return null;
      if (!sameBytes(Buffer.from(mac, 'base64url'), hmac(key, `checkout.${payload}`))) return null;
      try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PaymentOrder;
      } catch {
        return null;
      }
    },
    signedCallback(order, o = {}) {
      const at = o.at ?? new Date();
      const body = JSON.stringify({
        orderId: order.orderId,
        transactionId: o.transactionId ?? `SIM${at.getTime()}${randomBytes(6).toString('hex').toUpperCase()}`,
        amountFen: o.amountFen ?? order.amountFen,
        currency: order.currency,
        status: 'paid',
        paidAt: at.toISOString(),
      });
      const timestamp = String(Math.floor(at.getTime() / 1000));
      const nonce = randomBytes(16).toString('hex');
      return {
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: timestamp,
          [NONCE_HEADER]: nonce,
          [SIGNATURE_HEADER]: signCallback(key, timestamp, nonce, body),
        },
        body,
      };
    },
    verifyCallback(headers, rawBody, now): CallbackVerification {
      const timestamp = header(headers, TIMESTAMP_HEADER);
      const nonce = header(headers, NONCE_HEADER);
      const signature = header(headers, SIGNATURE_HEADER);
      if (!timestamp || !nonce || !signature) return { ok: false, reason: 'signature_missing' };
      if (!/^\d{1,12}$/.test(timestamp) || !/^[0-9a-f]{16,64}$/.test(nonce) || !/^[0-9a-f]{64}$/.test(signature))
        return { ok: false, reason: 'signature_invalid' };
      // The signature first: an unsigned message says nothing, not even whether it is stale.
      const expected = hmac(key, `${timestamp}.${nonce}.${rawBody.toString('utf8')}`);
      if (!sameBytes(Buffer.from(signature, 'hex'), expected)) return { ok: false, reason: 'signature_invalid' };
      if (Math.abs(now.getTime() - Number(timestamp) * 1000) > this.replayWindowMs) return { ok: false, reason: 'timestamp_stale' };
      const payment = parsePayment(rawBody);
      return payment ? { ok: true, payment, nonce } : { ok: false, reason: 'body_invalid' };
    },
  };
}

function parsePayment(raw: Buffer): VerifiedPayment | null {
  let b: unknown;
  try {
    b = JSON.parse(raw.toString('utf8'));
  } catch {
    return null;
  }
  const o = b as Record<string, unknown>;
  const paidAt = typeof o.paidAt === 'string' ? new Date(o.paidAt) : null;
  if (
    typeof o.orderId !== 'string' ||
    !/^[0-9a-f-]{36}$/.test(o.orderId) ||
    typeof o.transactionId !== 'string' ||
    !/^[A-Za-z0-9_-]{1,64}$/.test(o.transactionId) ||
    typeof o.amountFen !== 'number' ||
    !Number.isSafeInteger(o.amountFen) ||
    o.amountFen <= 0 ||
    typeof o.currency !== 'string' ||
    o.status !== 'paid' ||
    !paidAt ||
    Number.isNaN(paidAt.getTime())
  )
    return null;
  return { orderId: o.orderId, transactionId: o.transactionId, amountFen: o.amountFen, currency: o.currency, paidAt };
}
