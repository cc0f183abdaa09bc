// Which gateway the platform uses, and the key the simulated gateway signs callbacks with: LIAN_PAYMENT_SIM_KEY when set (every server
// process of one deployment must share it), else derived from the index key so that development and
// tests work without another secret. A production adapter brings its own keys (docs/payments.md).
import { createHmac } from 'node:crypto';
import type { Config } from '../config.js';
import type { PaymentGateway } from './gateway.js';
import { simulatedGateway } from './simulated.js';

export function paymentKeyOf(config: Pick<Config, 'paymentSimKey'>, indexKey: Buffer): Buffer {
  if (config.paymentSimKey) return Buffer.from(config.paymentSimKey, 'utf8');
  return createHmac('sha256', indexKey).update('lian/payment-sim/v1').digest();
}

/**
 * The configured gateway. The simulated one settles fees without money moving, so production never gets
 * it by default: with LIAN_PAYMENT_GATEWAY unset there, paying answers PAYMENT_UNAVAILABLE until a real
 * adapter (docs/payments.md) is configured.
 */
export function paymentGatewayOf(config: Pick<Config, 'paymentSimKey' | 'paymentGateway'>, indexKey: Buffer): PaymentGateway {
  if (config.paymentGateway === 'none') return unavailableGateway;
  return simulatedGateway({ key: paymentKeyOf(config, indexKey) });
}

export class PaymentUnavailableError extends Error {}

/** The name of the stand-in when no gateway is configured. */
export const UNAVAILABLE = 'none';

const unavailableGateway: PaymentGateway = {
  name: UNAVAILABLE,
  replayWindowMs: 0,
  createPayment() {
    return Promise.reject(new PaymentUnavailableError('no payment gateway is configured'));
  },
  verifyCallback() {
    return { ok: false, reason: 'signature_invalid' };
  },
};
