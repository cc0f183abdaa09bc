// Production refuses to start without a public HTTPS address and real e-mail and SMS delivery.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/infra/config.js';

const keys = { LIAN_FIELD_KEYS: `k1:${randomBytes(32).toString('base64')}`, LIAN_INDEX_KEY: randomBytes(32).toString('base64') };
const complete = {
  NODE_ENV: 'production',
  ...keys,
  LIAN_PUBLIC_URL: 'https://lian.court.example',
  SMTP_URL: 'smtps://lian:secret@mail.court.example:465',
  LIAN_SMS_URL: 'https://sms-bridge.court.example/send',
  LIAN_SMS_SECRET: 'a'.repeat(40),
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('production configuration', () => {
  it('starts with every delivery channel configured', () => {
    const c = loadConfig(complete);
    expect(c).toMatchObject({ env: 'production', publicUrl: 'https://lian.court.example', smtpUrl: complete.SMTP_URL });
    expect(c.sms).toEqual({ url: complete.LIAN_SMS_URL, secret: complete.LIAN_SMS_SECRET });
  });

  it('names each missing variable in one message', () => {
    const problems = problemsOf({ NODE_ENV: 'production', ...keys });
    const named = problems.map((p) => p.split(':')[0]);
    expect(named).toEqual(['LIAN_PUBLIC_URL', 'SMTP_URL', 'LIAN_SMS_URL', 'LIAN_SMS_SECRET']);
    expect(() => loadConfig({ NODE_ENV: 'production', ...keys })).toThrow(/LIAN_PUBLIC_URL: required when NODE_ENV=production/);
  });

  it.each([
    ['LIAN_PUBLIC_URL', /^LIAN_PUBLIC_URL: required/],
    ['SMTP_URL', /^SMTP_URL: required/],
    ['LIAN_SMS_URL', /^LIAN_SMS_URL: required/],
    ['LIAN_SMS_SECRET', /^LIAN_SMS_SECRET: required/],
  ])('refuses to start without %s', (name, message) => {
    const problems = problemsOf({ ...complete, [name]: undefined });
    expect(problems.some((p) => message.test(p))).toBe(true);
    // Only the variable left out (and its SMS partner rule) is reported.
    expect(problems.every((p) => p.includes(name))).toBe(true);
  });

  it('requires https for the public address in production only', () => {
    expect(problemsOf({ ...complete, LIAN_PUBLIC_URL: 'http://lian.court.example' })).toEqual([
      'LIAN_PUBLIC_URL: must be an https:// URL when NODE_ENV=production',
    ]);
    expect(loadConfig({ LIAN_PUBLIC_URL: 'http://localhost:3000' }).publicUrl).toBe('http://localhost:3000');
  });

  it('leaves development without gateways (messages go to the outbox table)', () => {
    const c = loadConfig({});
    expect(c.smtpUrl).toBeUndefined();
    expect(c.sms).toBeUndefined();
  });
});
