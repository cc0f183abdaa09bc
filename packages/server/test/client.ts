// A tiny HTTP client over app.inject with a cookie jar, as a browser would behave.
import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { codeIn, lastMessageTo, nextSignUpIp } from './outbox.js';
import { forgetLastTimeStep, rememberSecret, secretFor, testDepsOf, totpAt } from './second-factor.js';

export interface Res<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
  raw: Buffer;
}

export class Client {
  /** Cookie jar: name → value (session, pending sign-in challenge). */
  private readonly cookies = new Map<string, string>();

  /** The session cookie (`lian_session=…`), for clients that speak to a real port (tus). */
  sessionCookie(): string | undefined {
    const v = this.cookies.get('lian_session');
    return v ? `lian_session=${v}` : undefined;
  }
  constructor(private readonly app: FastifyInstance) {}

  async call<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    opts: { raw?: Buffer; csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<Res<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && opts.csrf !== false) headers['x-requested-with'] = 'lian';
    let payload: string | Buffer | undefined;
    if (opts.raw) {
      headers['content-type'] = 'application/octet-stream';
      payload = opts.raw;
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await this.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
    const setCookie = res.headers['set-cookie'];
    for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      const [name, value] = [pair.slice(0, eq), pair.slice(eq + 1)];
      if (value && !/expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    const isJson = String(res.headers['content-type'] ?? '').includes('json');
    return {
      status: res.statusCode,
      body: (isJson && res.body ? JSON.parse(res.body) : res.body) as T,
      headers: res.headers,
      raw: res.rawPayload,
    };
  }

  get = <T = Record<string, unknown>>(url: string) => this.call<T>('GET', url);

  /** The short-lived download link this session is handed for a material's file or preview. */
  async linkTo(filingId: string, materialId: string, variant: 'content' | 'preview' = 'content'): Promise<string> {
    type Links = { links?: Array<{ materialId: string; contentUrl: string; previewUrl: string | null }> };
    const r = await this.get<Links>(`/api/filings/${filingId}/material-links`);
    const link = r.body.links?.find((l) => l.materialId === materialId);
    const url = variant === 'content' ? link?.contentUrl : link?.previewUrl;
    if (!url) throw new Error(`no ${variant} link for material ${materialId} (${r.status})`);
    return url;
  }

  /** The short-lived download link this session is handed for an issued document's PDF. */
  async documentLinkTo(filingId: string, documentId: string): Promise<string> {
    type Links = { links?: Array<{ documentId: string; contentUrl: string }> };
    const r = await this.get<Links>(`/api/filings/${filingId}/document-links`);
    const url = r.body.links?.find((l) => l.documentId === documentId)?.contentUrl;
    if (!url) throw new Error(`no link for document ${documentId} (${r.status})`);
    return url;
  }
  post = <T = Record<string, unknown>>(url: string, body?: unknown) => this.call<T>('POST', url, body ?? {});

  /**
   * Registers as a person does: asks for the sign-up code for `body.login`, reads it from the message the
   * platform sent, and posts the form with it to `path` (person, organisation or lawyer registration).
   * A login that is already registered gets no code (its message says so): the form then goes with a
   * code that cannot be right. A refused code request is answered as it is.
   */
  async register<T = Record<string, unknown>>(path: string, body: { login: string } & Record<string, unknown>): Promise<Res<T>> {
    const deps = testDepsOf.get(this.app);
    if (!deps?.messaging) throw new Error('register needs an app started by the test harness');
    const asked = await this.call<T>(
      'POST',
      '/api/auth/register/code',
      { login: body.login },
      { headers: { 'x-forwarded-for': nextSignUpIp() } },
    );
    if (asked.status !== 202) return asked;
    const code = codeIn((await lastMessageTo({ ...deps, messaging: deps.messaging }, body.login))?.text) ?? '000000';
    return this.post<T>(path, { ...body, code });
  }
  put = <T = Record<string, unknown>>(url: string, body: unknown) => this.call<T>('PUT', url, body);
  del = <T = Record<string, unknown>>(url: string) => this.call<T>('DELETE', url);
  upload = <T = Record<string, unknown>>(url: string, bytes: Buffer) => this.call<T>('POST', url, undefined, { raw: bytes });

  /**
   * Signs in like a person would, second factor included: for court staff it computes the TOTP code
   * of the demo seed's secret (or enrols an authenticator first and remembers its secret).
   */
  async login(login: string, password = DEMO_PASSWORD) {
    const r = await this.post<{ challenge?: { step: 'totp' | 'enrol' } }>('/api/auth/login', { login, password });
    if (r.status !== 200) throw new Error(`login ${login} failed: ${r.status} ${JSON.stringify(r.body)}`);
    if (r.body.challenge) await this.passSecondFactor(login, r.body.challenge.step);
    return this;
  }

  async passSecondFactor(login: string, step: 'totp' | 'enrol') {
    const deps = testDepsOf.get(this.app);
    const now = deps?.now?.() ?? new Date();
    // Secrets learnt by enrolling are remembered per database, shared with the fixtures' signedInActor.
    const scope = deps?.db ?? this.app;
    let done: Res;
    if (step === 'enrol') {
      const e = await this.post<{ secret: string }>('/api/auth/second-factor/enrolment');
      if (e.status !== 200) throw new Error(`enrolment of ${login} failed: ${e.status} ${JSON.stringify(e.body)}`);
      rememberSecret(scope, login, e.body.secret);
      done = await this.post('/api/auth/second-factor/enrolment/confirm', { code: totpAt(e.body.secret, now) });
    } else {
      const secret = secretFor(scope, login);
      if (!secret) throw new Error(`no known TOTP secret for ${login}`);
      if (deps) await forgetLastTimeStep(deps, login);
      done = await this.post('/api/auth/second-factor', { code: totpAt(secret, now) });
    }
    if (done.status !== 200) throw new Error(`second factor of ${login} failed: ${done.status} ${JSON.stringify(done.body)}`);
    return this;
  }
}

/** A small but real PDF document (header, one page, xref, trailer). */
export function samplePdf(text = 'Lian test'): Buffer {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 12 Tf 10 50 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 10 50 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A 1×1 PNG. */
export const samplePng = () =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Valid draft content for a civil first-instance filing against one person. */
export const completeDraft = {
  plaintiff: {
    phone: '13800000001',
    address: '北京市朝阳区建国路1号',
    ethnicity: '汉族',
    occupation: '职员',
    employer: '北京某科技有限公司',
  },
  defendants: [{ kind: 'person', name: '李四', idNumber: '', sex: 'male', phone: '13900000000', address: '北京市朝阳区光华路2号' }],
  claims: [{ text: '判令被告归还借款人民币50000元', amountFen: 5_000_000 }],
  factsAndReasons: '2025年3月1日被告向原告借款50000元，约定一年内归还，到期后经多次催要未还。',
  causeOfActionCode: null as string | null,
};
