// The key the simulated gateway signs callbacks with: LIAN_PAYMENT_SIM_KEY when set (every server
// process of one deployment must share it), else derived from the index key so that development and
// tests work without another secret. A production adapter brings its own keys (docs/payments.md).
import { createHmac } from 'node:crypto';
import type { Config } from '../config.js';

export function paymentKeyOf(config: Pick<Config, 'paymentSimKey'>, indexKey: Buffer): Buffer {
  if (config.paymentSimKey) return Buffer.from(config.paymentSimKey, 'utf8');
  return createHmac('sha256', indexKey).update('lian/payment-sim/v1').digest();
}
