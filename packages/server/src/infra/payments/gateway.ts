// The payment gateway seen from the court's side (docs/payments.md is the contract for production
// adapters): start a payment for an order and get the URL to send the payer to; verify a callback the
// gateway posts back. Verification is all-or-nothing: an adapter returns a verified event or a refusal,
// never a half-trusted body. What to do with a verified event (amount check, idempotency, settling the
// fee) is the fees module's business, the same for every gateway.

export interface PaymentOrder {
  /** Our order id; the gateway echoes it in the callback. */
  orderId: string;
  amountFen: number;
  currency: 'CNY';
  /** Shown to the payer by the gateway. */
  courtName: string;
  caseNumber: string;
  description: string;
  /** Where the gateway sends the payer's browser afterwards (the case page). */
  returnUrl: string;
}

export interface VerifiedPayment {
  orderId: string;
  /** The gateway's own id of the money movement: the idempotency key of a callback. */
  transactionId: string;
  amountFen: number;
  currency: string;
  paidAt: Date;
}

export type CallbackRefusal = 'signature_missing' | 'signature_invalid' | 'timestamp_stale' | 'body_invalid';

export type CallbackVerification = { ok: true; payment: VerifiedPayment; nonce: string } | { ok: false; reason: CallbackRefusal };

export type CallbackHeaders = Record<string, string | string[] | undefined>;

export interface PaymentGateway {
  /** Short stable name, stored with each order and transaction (e.g. 'sim', 'unionpay'). */
  readonly name: string;
  /** Replay window: callbacks whose timestamp is further than this from now are refused. */
  readonly replayWindowMs: number;
  createPayment(order: PaymentOrder): Promise<{ redirectUrl: string }>;
  verifyCallback(headers: CallbackHeaders, rawBody: Buffer, now: Date): CallbackVerification;
}
