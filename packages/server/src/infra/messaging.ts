// Outgoing SMS and e-mail. E-mail goes over real SMTP (nodemailer, SMTP_URL); SMS through an
// `SmsSender` — the HTTP gateway adapter (LIAN_SMS_URL, contract in docs/operations.md) or the local
// outbox. Without a gateway a message is kept in `outbox_messages` (recipient and body encrypted)
// and logged with a masked recipient; outside production the log shows the text too, so that the
// demo's one-time codes can be read from the console.
import { createHmac, randomUUID } from 'node:crypto';
import { maskPhone } from '@lian/domain';
import nodemailer from 'nodemailer';
import type { FieldCipher } from './crypto.js';
import type { Db } from './db.js';

export interface OutgoingSms {
  /** Mainland mobile number, 11 digits. */
  to: string;
  text: string;
}
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface SmsSender {
  send(message: OutgoingSms): Promise<void>;
}
export interface MailSender {
  send(message: OutgoingMail): Promise<void>;
}

export interface MessageLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const maskEmail = (email: string) => {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
};

/** Keeps messages in the outbox table and the log (development, tests, or no gateway configured). */
export function outboxSender(deps: { db: Db; cipher: FieldCipher; revealText: boolean; log: () => MessageLog }) {
  const keep = async (channel: 'sms' | 'email', to: string, subject: string, text: string) => {
    const masked = channel === 'sms' ? maskPhone(to) : maskEmail(to);
    await deps.db
      .insertInto('outbox_messages')
      .values({
        channel,
        recipient_enc: deps.cipher.encrypt(to),
        recipient_masked: masked,
        subject,
        body_enc: deps.cipher.encrypt(text),
      })
      .execute();
    deps.log().info({ channel, to: masked, ...(deps.revealText ? { text } : {}) }, 'message kept in the outbox (no gateway configured)');
  };
  const sms: SmsSender = { send: (m) => keep('sms', m.to, '', m.text) };
  const mail: MailSender = { send: (m) => keep('email', m.to, m.subject, m.text) };
  return { sms, mail };
}

/** E-mail over SMTP. `smtpUrl` is smtp://user:pass@host:587 or smtps://…:465 (nodemailer's URL form). */
export function smtpMailSender(smtpUrl: string, from: string): MailSender & { close(): void } {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => transport.close(),
  };
}

/**
 * SMS through an HTTP gateway: POST JSON `{ id, to, text }` with `X-Lian-Timestamp` and
 * `X-Lian-Signature: sha256=<hex HMAC-SHA-256 of "timestamp.body">`; 2xx is delivered, 4xx is
 * final, 5xx or a network error is retried (3 attempts, 1 s then 4 s apart) with the same id.
 */
export function httpSmsSender(opts: { url: string; secret: string; fetch?: typeof fetch; delaysMs?: number[] }): SmsSender {
  const doFetch = opts.fetch ?? fetch;
  const delays = opts.delaysMs ?? [1000, 4000];
  return {
    async send(m) {
      const body = JSON.stringify({ id: randomUUID(), to: m.to, text: m.text });
      let lastError: unknown;
      for (let attempt = 0; attempt <= delays.length; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, delays[attempt - 1]));
        const timestamp = String(Math.floor(Date.now() / 1000));
        const signature = createHmac('sha256', opts.secret).update(`${timestamp}.${body}`).digest('hex');
        try {
          const res = await doFetch(opts.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-lian-timestamp': timestamp, 'x-lian-signature': `sha256=${signature}` },
            body,
            signal: AbortSignal.timeout(10_000),
          });
          if (res.ok) return;
          lastError = new Error(`SMS gateway answered ${res.status}`);
          if (res.status < 500) break;
        } catch (e) {
          lastError = e;
        }
      }
      throw lastError instanceof Error ? lastError : new Error(String(lastError));
    },
  };
}

/**
 * The senders the application uses, and delivery after the response: a message is sent in the
 * background so that answering does not take longer for an existing account than for an unknown one.
 */
export class Messaging {
  private readonly pending = new Set<Promise<void>>();
  log: MessageLog = { info: () => {}, warn: () => {}, error: () => {} };

  constructor(
    readonly sms: SmsSender,
    readonly mail: MailSender,
    private readonly onClose: () => void = () => {},
  ) {}

  /** Sends without waiting; a failure is logged (masked recipient), never thrown at the caller. */
  dispatch(kind: 'sms', message: OutgoingSms): void;
  dispatch(kind: 'email', message: OutgoingMail): void;
  dispatch(kind: 'sms' | 'email', message: OutgoingSms | OutgoingMail): void {
    const job = (kind === 'sms' ? this.sms.send(message) : this.mail.send(message as OutgoingMail))
      .catch((err: unknown) => {
        const to = kind === 'sms' ? maskPhone(message.to) : maskEmail(message.to);
        this.log.error({ channel: kind, to, err: err instanceof Error ? err.message : String(err) }, 'message not delivered');
      })
      .finally(() => this.pending.delete(job));
    this.pending.add(job);
  }

  /** Waits for messages still being sent (on shutdown, and in tests). */
  async drain(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    await this.drain();
    this.onClose();
  }
}

export function createMessaging(opts: {
  db: Db;
  cipher: FieldCipher;
  env: 'development' | 'production' | 'test';
  smtpUrl: string | undefined;
  mailFrom: string;
  smsUrl: string | undefined;
  smsSecret: string | undefined;
}): Messaging {
  const log: MessageLog = {
    info: (o, m) => messaging.log.info(o, m),
    warn: (o, m) => messaging.log.warn(o, m),
    error: (o, m) => messaging.log.error(o, m),
  };
  const outbox = outboxSender({ db: opts.db, cipher: opts.cipher, revealText: opts.env !== 'production', log: () => log });
  const smtp = opts.smtpUrl ? smtpMailSender(opts.smtpUrl, opts.mailFrom) : undefined;
  const sms = opts.smsUrl && opts.smsSecret ? httpSmsSender({ url: opts.smsUrl, secret: opts.smsSecret }) : outbox.sms;
  const messaging = new Messaging(sms, smtp ?? outbox.mail, () => smtp?.close());
  return messaging;
}
