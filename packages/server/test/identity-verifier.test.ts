// The real-name verifiers: the local checks (checksum, region, birth date not in the future, age at most
// 120) and the HTTP adapter of docs/identity-verification.md against a local service that checks the
// request's signature and signs its answers, including the failures the adapter must survive.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpVerifier, localVerifier, sign } from '../src/modules/identity/verifier.js';
import { residentId } from './matrix-rules.js';

const now = new Date('2026-11-28T02:00:00Z');
const good = residentId('11010519900307123');

describe('local verifier', () => {
  it.each([
    ['a valid number', good, 'verified', null],
    ['a wrong check character', `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`, 'refused', 'ID_CHECKSUM'],
    ['a birth date in the future', residentId('11010520270101123'), 'refused', 'ID_BIRTH_DATE'],
    ['an impossible date', residentId('11010519900230123'), 'refused', 'ID_BIRTH_DATE'],
    ['a birth date 121 years ago', residentId('11010519050101123'), 'refused', 'BIRTH_DATE_IMPLAUSIBLE'],
    ['an unknown province', residentId('99010519900307123'), 'refused', 'ID_REGION'],
  ])('%s → %s', async (_label, idNumber, result, reason) => {
    expect(await localVerifier.verify({ realName: '张三', idNumber }, now)).toEqual({ result, method: 'local_checksum', reason });
  });
});

const SECRET = 'identity-service-test-secret-0123456789';
type Mode = 'answer' | 'mismatch' | 'slow' | 'error' | 'forged' | 'other-request';
let mode: Mode = 'answer';
const received: Array<{ body: Record<string, string>; signatureOk: boolean }> = [];
let server: Server;
let url = '';

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c.toString()));
    req.on('end', () => resolve(s));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const raw = await read(req);
    const ts = String(req.headers['x-lian-timestamp'] ?? '');
    const signatureOk = req.headers['x-lian-signature'] === sign(SECRET, ts, raw);
    const body = JSON.parse(raw) as Record<string, string>;
    received.push({ body, signatureOk });
    if (!signatureOk) return void res.writeHead(401).end();
    if (mode === 'slow') await new Promise((r) => setTimeout(r, 1500));
    if (mode === 'error') return void res.writeHead(503).end();
    const known = body.idNumber === good && body.realName === '张三';
    const answer = JSON.stringify({
      requestId: mode === 'other-request' ? '00000000-0000-4000-8000-000000000000' : body.requestId,
      result: mode === 'mismatch' || !known ? 'mismatch' : 'match',
    });
    const at = String(Math.floor(Date.now() / 1000));
    res
      .writeHead(200, {
        'content-type': 'application/json',
        'x-lian-timestamp': at,
        'x-lian-signature': mode === 'forged' ? sign('not-the-secret-not-the-secret-0000', at, answer) : sign(SECRET, at, answer),
      })
      .end(answer);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/verify`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('HTTP adapter', () => {
  const verifier = () => httpVerifier({ url, secret: SECRET, timeoutMs: 500 });
  const method = () => `http:${new URL(url).host}`;

  it('sends a signed request with the normalised ID number and accepts a signed match', async () => {
    mode = 'answer';
    received.length = 0;
    expect(await verifier().verify({ realName: ' 张三 ', idNumber: good.toLowerCase() }, now)).toEqual({
      result: 'verified',
      method: method(),
      reason: null,
    });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ signatureOk: true, body: { realName: '张三', idNumber: good } });
    expect(received[0]!.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a name that does not match the number is refused', async () => {
    mode = 'answer';
    expect(await verifier().verify({ realName: '李四', idNumber: good }, now)).toEqual({
      result: 'refused',
      method: method(),
      reason: 'NAME_MISMATCH',
    });
  });

  it('a number that fails the local checks is refused without asking the service', async () => {
    received.length = 0;
    const r = await verifier().verify({ realName: '张三', idNumber: `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}` }, now);
    expect(r).toEqual({ result: 'refused', method: method(), reason: 'ID_CHECKSUM' });
    expect(received).toHaveLength(0);
  });

  it.each([
    ['a time-out', 'slow', 'TIMEOUT'],
    ['a server error', 'error', 'HTTP_503'],
    ['an answer signed with another key', 'forged', 'BAD_SIGNATURE'],
    ['an answer to another request', 'other-request', 'BAD_ANSWER'],
  ] as const)('%s gives no verdict (unavailable: %s)', async (_label, m, reason) => {
    mode = m;
    expect(await verifier().verify({ realName: '张三', idNumber: good }, now)).toEqual({ result: 'unavailable', method: method(), reason });
  });

  it('a request signed with the wrong secret is refused by the service: no verdict', async () => {
    mode = 'answer';
    const wrong = httpVerifier({ url, secret: 'wrong-secret-wrong-secret-wrong-secret', timeoutMs: 500 });
    expect(await wrong.verify({ realName: '张三', idNumber: good }, now)).toMatchObject({ result: 'unavailable', reason: 'HTTP_401' });
    expect(received.at(-1)?.signatureOk).toBe(false);
  });
});
