// The SMS gateway adapter's contract (docs/operations.md): signed JSON request, retries on 5xx and
// network errors with the same id, no retry on 4xx; and the configuration of the message channels.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/infra/config.js';
import { httpSmsSender, maskEmail } from '../src/infra/messaging.js';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
let answers: number[] = [];
let url = '';
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString('utf8')));
  req.on('end', () => {
    received.push({ headers: req.headers, body });
    res.statusCode = answers.shift() ?? 200;
    res.end();
  });
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('httpSmsSender', () => {
  it('posts signed JSON; retries a 5xx with the same id, then succeeds', async () => {
    received.length = 0;
    answers = [503, 200];
    await httpSmsSender({ url, secret: SECRET, delaysMs: [10, 10] }).send({ to: '13800000001', text: '【立案】验证码 123456' });
    expect(received).toHaveLength(2);
    const [first, second] = received as [(typeof received)[0], (typeof received)[0]];
    const body = JSON.parse(first.body) as { id: string; to: string; text: string };
    expect(body).toEqual({ id: expect.any(String), to: '13800000001', text: '【立案】验证码 123456' });
    expect(JSON.parse(second.body).id).toBe(body.id);
    const ts = String(first.headers['x-lian-timestamp']);
    expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(60);
    expect(first.headers['x-lian-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(`${ts}.${first.body}`).digest('hex')}`);
    expect(first.headers['content-type']).toBe('application/json');
  });

  it('gives up at once on a 4xx, and after 3 attempts on 5xx', async () => {
    received.length = 0;
    answers = [400];
    await expect(httpSmsSender({ url, secret: SECRET, delaysMs: [10, 10] }).send({ to: '13800000001', text: 'x' })).rejects.toThrow(/400/);
    expect(received).toHaveLength(1);
    received.length = 0;
    answers = [500, 502, 503];
    await expect(httpSmsSender({ url, secret: SECRET, delaysMs: [10, 10] }).send({ to: '13800000001', text: 'x' })).rejects.toThrow(/503/);
    expect(received).toHaveLength(3);
  });
});

describe('message configuration', () => {
  it('reads SMTP_URL, LIAN_MAIL_FROM and the SMS gateway; refuses half an SMS gateway or a bad URL', () => {
    const c = loadConfig({ SMTP_URL: 'smtps://u:p@mail.court.example:465', LIAN_MAIL_FROM: '立案 <a@b.cn>' });
    expect([c.smtpUrl, c.mailFrom, c.sms]).toEqual(['smtps://u:p@mail.court.example:465', '立案 <a@b.cn>', undefined]);
    expect(loadConfig({ LIAN_SMS_URL: 'https://sms.court.example/send', LIAN_SMS_SECRET: SECRET }).sms).toEqual({
      url: 'https://sms.court.example/send',
      secret: SECRET,
    });
    for (const env of [{ LIAN_SMS_URL: 'https://sms.court.example/send' }, { SMTP_URL: 'http://mail' }, { LIAN_SMS_SECRET: 'short' }]) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
    }
  });

  it('masks e-mail addresses for the log', () => {
    expect(maskEmail('clerk@chaoyang.court.example')).toBe('c***@chaoyang.court.example');
  });
});
