// A real SMTP server for tests (smtp-server), keeping every message it receives parsed (mailparser).
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailCatcher {
  /** smtp://127.0.0.1:<port>, for the platform's SMTP_URL. */
  url: string;
  mails: ParsedMail[];
  /** The `count`-th message to `address`, waiting for the platform's pending sends. */
  mailTo(address: string, count: number, drain: () => Promise<void>): Promise<ParsedMail>;
  close(): Promise<void>;
}

export async function startMailCatcher(): Promise<MailCatcher> {
  const mails: ParsedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((m) => {
          mails.push(m);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async mailTo(address, count, drain) {
      await drain();
      for (let i = 0; i < 100; i++) {
        const got = mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === address);
        if (got.length >= count) return got[count - 1]!;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no mail ${count} to ${address}`);
    },
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
