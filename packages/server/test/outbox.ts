// Test support for messages the platform sends without a gateway (tests configure none for SMS, and
// e-mail without SMTP_URL): they are kept in `outbox_messages`, recipient and body encrypted. Also the
// sign-up a person does through the API: ask for the code, read it from the message, register with it.
import { maskPhone } from '@lian/domain';
import { maskEmail } from '../src/infra/messaging.js';
import type { TestDeps } from './second-factor.js';

export type OutboxDeps = TestDeps & { messaging: NonNullable<TestDeps['messaging']> };

/** The newest message kept for exactly this recipient (mobile number or e-mail address), if any. */
export async function lastMessageTo(deps: OutboxDeps, to: string): Promise<{ subject: string; text: string } | undefined> {
  await deps.messaging.drain();
  const recipient = to.trim().toLowerCase();
  const masked = recipient.includes('@') ? maskEmail(recipient) : maskPhone(recipient);
  const rows = await deps.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('recipient_masked', '=', masked)
    .orderBy('created_at', 'desc')
    .execute();
  const row = rows.find((r) => deps.cipher.decrypt(r.recipient_enc) === recipient);
  return row && { subject: row.subject, text: deps.cipher.decrypt(row.body_enc) };
}

/** The 6-digit code in a message's text ("验证码 123456"), if it carries one. */
export const codeIn = (text: string | undefined) => /验证码 (\d{6})/.exec(text ?? '')?.[1];

let signUps = 0;
/**
 * A distinct client address per sign-up (documentation range 2001:db8::/32), so that a test file
 * registering many accounts stays under the per-IP limit of code requests, as separate people would.
 */
export const nextSignUpIp = () => `2001:db8::${(++signUps).toString(16)}`;
