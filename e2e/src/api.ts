// A JSON client of the running server for preparing a journey's data through the real HTTP API, as the
// web UI would: a cookie jar, sign-in (with the demo authenticator code for court staff).
import { DEMO_TOTP_SECRETS } from '../../packages/server/src/cli/seed.js';
import { completeDraft, samplePdf, samplePng } from '../../packages/server/test/client.js';
import { totpAt } from '../../packages/server/test/second-factor.js';

type Json = Record<string, unknown>;

export function apiSession(base: string) {
  const jar = new Map<string, string>();
  const call = async <T = Json>(method: string, url: string, body?: unknown, raw?: Buffer): Promise<T> => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-requested-with': 'lian',
        ...(raw ? { 'content-type': 'application/octet-stream' } : body ? { 'content-type': 'application/json' } : {}),
      },
      body: raw ? new Blob([new Uint8Array(raw)]) : body ? JSON.stringify(body) : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const json = (await res.json()) as T;
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  return {
    call,
    async login(login: string, password = 'Lian-demo-2026') {
      await call('POST', '/api/auth/login', { login, password });
      const secret = DEMO_TOTP_SECRETS[login];
      if (secret) await call('POST', '/api/auth/second-factor', { code: totpAt(secret, new Date()) });
    },
  };
}

/**
 * A filing of the demo litigant 张三, submitted and registered (立案) by the demo clerk: its fee is due.
 * Pass the clerk's session to register several: an authenticator code is accepted once only.
 */
export async function acceptedFiling(base: string, clerk?: ReturnType<typeof apiSession>): Promise<{ id: string; caseNumber: string }> {
  const litigant = apiSession(base);
  await litigant.login('13800000001');
  const court = (await litigant.call<{ courts: Array<{ id: string }> }>('GET', '/api/courts')).courts[0]!.id;
  const cause = (
    await litigant.call<{ items: Array<{ code: string }> }>('GET', `/api/causes-of-action?q=${encodeURIComponent('民间借贷')}`)
  ).items[0]!.code;
  const { id } = (
    await litigant.call<{ filing: { id: string } }>('POST', '/api/filings', { courtId: court, caseType: 'civil_first_instance' })
  ).filing;
  await litigant.call('PUT', `/api/filings/${id}`, { ...completeDraft, causeOfActionCode: cause });
  await litigant.call('POST', `/api/filings/${id}/materials?kind=complaint&fileName=c.pdf`, undefined, samplePdf('complaint'));
  await litigant.call('POST', `/api/filings/${id}/materials?kind=identity&fileName=id.png`, undefined, samplePng());
  const evidence = await litigant.call<{ material: { id: string } }>(
    'POST',
    `/api/filings/${id}/materials?kind=evidence&fileName=e.png`,
    undefined,
    samplePng(),
  );
  await litigant.call('PUT', `/api/filings/${id}/materials/${evidence.material.id}/evidence`, {
    name: '借条',
    source: '原告持有',
    purpose: '证明被告向原告借款',
    original: 'original',
    pageCount: 1,
  });
  await litigant.call('POST', `/api/filings/${id}/submit`);
  const staff = clerk ?? apiSession(base);
  if (!clerk) await staff.login('clerk@chaoyang.court.example');
  const accepted = await staff.call<{ filing: { caseNumber: string } }>('POST', `/api/review/filings/${id}/accept`, {
    procedure: 'ordinary',
  });
  return { id, caseNumber: accepted.filing.caseNumber };
}
