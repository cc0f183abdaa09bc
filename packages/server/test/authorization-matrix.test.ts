// The authorization matrix. Every route the app registers must be listed in `routeTable` with the rule
// that decides who may call it, so a new route cannot ship without its authorization being stated. Each
// /api route is then sent for real by every kind of subject against filings in every state: anonymous
// callers get 401, a filing the subject may not act on answers 404 (never 403, so ids cannot be probed)
// with a 'denied' audit record and nothing changed, a role that may not use a non-filing route gets 403.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { searchCausesOfAction } from '@lian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { upsertCourt } from '../src/modules/catalogue/service.js';
import { addMaterial } from '../src/modules/filing/materials.js';
import { createFiling, saveDraft } from '../src/modules/filing/service.js';
import { createAccount } from '../src/modules/identity/service.js';
import type { Actor } from '../src/modules/policy/policy.js';
import { acceptFiling } from '../src/modules/review/service.js';
import { Client, completeDraft, type Res, samplePdf, samplePng } from './client.js';
import { fillEvidenceList, signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';
import {
  type Method,
  type Rule,
  type State,
  type Subject,
  clerkOfCourt,
  clerkOfCourtAnyState,
  clerkOfRegistered,
  filerAfterReturn,
  filerWhileDraft,
  readers,
  registeredRoutes,
  residentId,
  states,
  subjects,
} from './matrix-rules.js';
import { feeRouteRules } from './matrix-fees.js';
import { accountRouteRules } from './matrix-accounts.js';
import { identityRouteRules, uploadRouteRules } from './matrix-identity.js';
import { judgeRouteRules } from './matrix-judge.js';
import { evidenceIds, firstDocument, firstMaterial, linkedUrl, snapshot } from './matrix-reads.js';
import { documentLinkRouteRules } from './matrix-docs.js';

let demoJudgeId = '';
const tomorrowPlus = (n: number) => new Date(Date.now() + (n + 1) * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** Every route the app registers outside the API docs, as "METHOD url"; HEAD follows GET unless registered alone. */
const routeTable: Record<string, Rule> = {
  'GET /healthz': { kind: 'public' },
  'GET /readyz': { kind: 'public' },
  'POST /api/auth/register': { kind: 'public' },
  'POST /api/auth/register/code': { kind: 'public' },
  'POST /api/auth/login': { kind: 'public' },
  'POST /api/auth/logout': { kind: 'public' },
  'GET /api/courts': { kind: 'public' },
  'GET /api/causes-of-action': { kind: 'public' },
  'GET /api/me': { kind: 'user', roles: 'any' },
  'GET /api/auth/sessions': { kind: 'user', roles: 'any' },
  'POST /api/auth/sessions/revoke-others': { kind: 'user', roles: 'any' },
  'DELETE /api/auth/sessions/:id': { kind: 'ownSession' },
  'GET /api/me/data-export': { kind: 'user', roles: 'any' },
  'POST /api/me/delete': { kind: 'signedIn', testedIn: 'privacy.test.ts' },
  'GET /api/filings': { kind: 'user', roles: 'any' },
  'POST /api/filings': { kind: 'user', roles: ['owner', 'otherLitigant', 'lawyer'] },
  'GET /api/review/queue': { kind: 'user', roles: ['clerk', 'otherCourtClerk'] },
  'GET /api/filings/:id': { kind: 'filing', action: 'filing.read', expect: readers },
  'PUT /api/filings/:id': { kind: 'filing', action: 'filing.edit', expect: filerWhileDraft(200) },
  'POST /api/filings/:id/materials': { kind: 'filing', action: 'filing.edit', expect: filerWhileDraft(201) },
  'DELETE /api/filings/:id/materials/:materialId': { kind: 'filing', action: 'filing.edit', expect: filerWhileDraft(204), consumes: true },
  'GET /api/filings/:id/materials/:materialId/content': { kind: 'filing', action: 'filing.read', expect: readers },
  'POST /api/filings/:id/submit': { kind: 'filing', action: 'filing.submit', expect: filerWhileDraft(200), consumes: true },
  'POST /api/review/filings/:id/accept': { kind: 'filing', action: 'filing.accept', expect: clerkOfCourt, consumes: true },
  'GET /api/filings/:id/materials/:materialId/preview': { kind: 'filing', action: 'filing.read', expect: readers },
  // Before the assignment row below, which makes the judge a reader of the accepted filing.
  'GET /api/filings/:id/material-links': { kind: 'filing', action: 'filing.read', expect: readers },
  'PUT /api/filings/:id/materials/:materialId/evidence': { kind: 'filing', action: 'filing.edit', expect: filerWhileDraft(200) },
  'PUT /api/filings/:id/evidence-order': { kind: 'filing', action: 'filing.edit', expect: filerWhileDraft(200) },
  ...uploadRouteRules,
  'GET /api/verify/:code': { kind: 'public' },
  'GET /api/filings/:id/documents': { kind: 'filing', action: 'filing.read', expect: readers },
  ...documentLinkRouteRules,
  'GET /api/review/judges': { kind: 'user', roles: ['clerk', 'otherCourtClerk'] },
  'GET /api/review/rejection-grounds': { kind: 'user', roles: ['clerk', 'otherCourtClerk'] },
  'GET /api/review/filings/:id/accept-preview': { kind: 'filing', action: 'filing.accept', expect: clerkOfCourt },
  'GET /api/review/filings/:id/correction-preview': { kind: 'filing', action: 'filing.requestCorrection', expect: clerkOfCourt },
  'POST /api/review/filings/:id/request-correction': {
    kind: 'filing',
    action: 'filing.requestCorrection',
    expect: clerkOfCourt,
    consumes: true,
    body: () => ({ items: [{ section: 'claims', text: '请明确诉讼请求' }], dueDate: tomorrowPlus(6) }),
  },
  'POST /api/review/filings/:id/reject': {
    kind: 'filing',
    action: 'filing.reject',
    expect: clerkOfCourt,
    consumes: true,
    body: () => ({ ground: 'not_this_court', reason: '被告住所地不在本院辖区' }),
  },
  'POST /api/review/filings/:id/assign': {
    kind: 'filing',
    action: 'filing.assign',
    expect: clerkOfRegistered,
    body: () => ({ judgeId: demoJudgeId }),
  },
  'POST /api/filings/:id/insist': { kind: 'filing', action: 'filing.insist', expect: filerAfterReturn },
  'GET /api/review/filings/:id/aids': { kind: 'filing', action: 'filing.reviewAids', expect: clerkOfCourtAnyState },
  ...feeRouteRules,
  ...accountRouteRules,
  ...identityRouteRules,
  ...judgeRouteRules,
};
/** The Swagger UI and its JSON/YAML documents: public, and the app itself exempts them from `config.auth`. */
const isApiDocs = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

const ctx = { actorId: null, requestId: 'matrix-fixture', ip: null };
const causeCode = () => searchCausesOfAction('民间借贷', 1)[0]!.code;
const draftBody = () => ({ ...completeDraft, causeOfActionCode: causeCode() });

let p: TestPlatform, courtB: string;
const clients = {} as Record<Subject, Client>;
const userIds = {} as Record<Exclude<Subject, 'anonymous'>, string>;
/** The filings each cell acts on; a cell expected to succeed at a consuming route gets a spare of its own. */
const filings = {} as Record<State, string>;
const spares: Record<State, string[]> = { draft: [], submitted: [], accepted: [] };
let ownFilingIds: string[] = [];

interface Cell {
  route: string;
  rule: Extract<Rule, { kind: 'filing' }>;
  subject: Subject;
  state: State;
  expected: number;
}
const filingCells: Cell[] = Object.entries(routeTable).flatMap(([route, rule]) =>
  rule.kind !== 'filing'
    ? []
    : subjects.flatMap((subject) =>
        states.map((state) => ({ route, rule, subject, state, expected: subject === 'anonymous' ? 401 : rule.expect(subject, state) })),
      ),
);
const consuming = (c: Cell) => c.rule.consumes === true && c.expected < 300;

async function completeDraftFiling(owner: Actor, courtId: string): Promise<string> {
  const id = await createFiling(p.deps, ctx, owner, { courtId, caseType: 'civil_first_instance' });
  await saveDraft(p.deps, ctx, owner, id, draftBody() as Parameters<typeof saveDraft>[4]);
  const files = [
    { kind: 'complaint', fileName: 'c.pdf', bytes: samplePdf('complaint') },
    { kind: 'identity', fileName: 'id.png', bytes: samplePng() },
    { kind: 'evidence', fileName: 'e.png', bytes: samplePng() },
  ] as const;
  for (const f of files) {
    await addMaterial(p.deps, ctx, owner, id, { kind: f.kind, fileName: f.fileName, declaredLength: undefined }, Readable.from([f.bytes]));
  }
  await fillEvidenceList(p.deps, owner, id);
  return id;
}

async function filingsIn(state: State, count: number, owner: Actor, clerk: Actor): Promise<string[]> {
  if (state === 'draft') {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await completeDraftFiling(owner, p.court.id));
    return ids;
  }
  const ids = await submitCompleteFilings(p.deps, owner, p.court.id, count);
  if (state === 'accepted') for (const id of ids) await acceptFiling(p.deps, ctx, clerk, id);
  return ids;
}

beforeAll(async () => {
  p = await startTestPlatform();
  courtB = await upsertCourt(p.deps.db, { code: '京0108', name: '北京市海淀区人民法院', timezone: 'Asia/Shanghai' });
  await createAccount(p.deps, {
    login: '13800000077',
    password: DEMO_PASSWORD,
    realName: '王五',
    idNumber: residentId('11010819880808123'),
    roles: [{ role: 'litigant', courtId: null }],
  });
  await createAccount(p.deps, {
    login: 'clerk@haidian.court.example',
    password: DEMO_PASSWORD,
    realName: '钱立案',
    idNumber: null,
    roles: [{ role: 'filing_clerk', courtId: courtB }],
  });
  const logins: Record<Exclude<Subject, 'anonymous'>, string> = {
    owner: '13800000001',
    otherLitigant: '13800000077',
    lawyer: '13800000002',
    clerk: 'clerk@chaoyang.court.example',
    otherCourtClerk: 'clerk@haidian.court.example',
    admin: 'admin@chaoyang.court.example',
    judge: 'judge@chaoyang.court.example',
  };
  clients.anonymous = new Client(p.app);
  for (const [s, login] of Object.entries(logins) as Array<[Exclude<Subject, 'anonymous'>, string]>) {
    clients[s] = await new Client(p.app).login(login);
    userIds[s] = (await clients[s].get<{ user: { id: string } }>('/api/me')).body.user.id;
  }
  demoJudgeId = userIds.judge;
  const owner = await signedInActor(p.deps, logins.owner);
  const clerk = await signedInActor(p.deps, logins.clerk);
  for (const state of states) {
    const spareCount = filingCells.filter((c) => c.state === state && consuming(c)).length;
    const [main, ...rest] = await filingsIn(state, 1 + spareCount, owner, clerk);
    filings[state] = main!;
    spares[state] = rest;
  }
  ownFilingIds = [filings.draft, filings.submitted, filings.accepted, ...spares.draft, ...spares.submitted, ...spares.accepted];
  // Dozens of complete filings through the real use cases (every upload inspected): slow on a busy machine.
}, 240_000);
afterAll(async () => {
  await p?.stop();
});

const evidenceFields = { name: '借条', source: '原告持有', purpose: '证明借款事实', original: 'original', pageCount: 1 };

/** The body each PUT route is sent with. */
async function putBody(route: string, filingId: string): Promise<unknown> {
  if (route.endsWith('/evidence')) return evidenceFields;
  if (route.endsWith('/evidence-order')) return { materialIds: (await evidenceIds(p.deps.db, filingId)).reverse() };
  return draftBody();
}

let requestSerial = 0;
/** Sends the route's request for `filingId` with a known request id, so its audit record can be found. */
async function send(subject: Subject, route: string, filingId: string): Promise<{ res: Res; requestId: string }> {
  const [method, pattern] = route.split(' ') as [Method, string];
  const requestId = `matrix-${++requestSerial}`;
  let url = pattern.replace(':id', filingId);
  const evidenceRoute = /\/(evidence|preview)$/.test(pattern);
  if (url.includes(':materialId'))
    url = url.replace(
      ':materialId',
      evidenceRoute ? (await evidenceIds(p.deps.db, filingId))[0]! : await firstMaterial(p.deps.db, filingId),
    );
  if (url.includes(':docId'))
    url = url.replace(':docId', (await firstDocument(p.deps.db, filingId)) ?? '00000000-0000-4000-8000-000000000000');
  if (/(:materialId\/(content|preview)|:docId\/content)$/.test(pattern)) url = await linkedUrl(clients[subject], filingId, url);
  const headers = { 'x-request-id': requestId };
  const c = clients[subject];
  const res =
    route === 'POST /api/filings/:id/materials'
      ? await c.call('POST', `${url}?kind=evidence&fileName=more.png`, undefined, { raw: samplePng(), headers })
      : await c.call(
          method,
          url,
          method === 'PUT'
            ? await putBody(route, filingId)
            : method === 'POST'
              ? ((routeTable[route] as { body?: () => unknown }).body?.() ?? {})
              : undefined,
          { headers },
        );
  return { res, requestId };
}

describe('the route table', () => {
  it('states the access rule of every route the app registers, and lists no route that does not exist', () => {
    const registered = registeredRoutes(p.app.printRoutes({ commonPrefix: false })).filter((r) => !isApiDocs(r.split(' ')[1]!));
    expect(registered.length).toBeGreaterThan(10);
    expect(
      registered.filter((r) => !(r in routeTable)),
      'routes without a stated access rule',
    ).toEqual([]);
    expect(
      Object.keys(routeTable).filter((r) => !registered.includes(r)),
      'table rows with no route',
    ).toEqual([]);
  });

  it('parses the route tree, so that an unlisted route would be seen', () => {
    const tree = [
      '├── /api/filings (GET, HEAD, POST)',
      '│   └── /:id (GET, PUT)',
      '│       └── /secret (DELETE)',
      '├── /x (GET)',
      '└── /y (HEAD, PATCH)',
    ].join('\n');
    expect(registeredRoutes(tree)).toEqual([
      'GET /api/filings',
      'POST /api/filings',
      'GET /api/filings/:id',
      'PUT /api/filings/:id',
      'DELETE /api/filings/:id/secret',
      'GET /x',
      'HEAD /y',
      'PATCH /y',
    ]);
  });
});

describe('tus routes', () => {
  it('name a focused authorization test that exists and covers them', () => {
    const tus = Object.entries(routeTable).filter((e): e is [string, Extract<Rule, { kind: 'tus' }>] => e[1].kind === 'tus');
    expect(tus.length).toBeGreaterThan(0);
    for (const [route, rule] of tus) {
      const file = path.join(path.dirname(fileURLToPath(import.meta.url)), rule.test);
      expect(existsSync(file), `${route}: ${rule.test}`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${route} is covered in ${rule.test}`).toContain(`'${route}'`);
    }
  });
});

describe('routes that do not act on one filing', () => {
  const signedIn = subjects.filter((s): s is Exclude<Subject, 'anonymous'> => s !== 'anonymous');
  const userRoutes = Object.entries(routeTable).filter((e): e is [string, Extract<Rule, { kind: 'user' }>] => e[1].kind === 'user');

  it.each(userRoutes)('%s: 401 anonymous, 403 for a role that may not use it, 2xx for one that may', async (route, rule) => {
    const [method, url] = route.split(' ') as [Method, string];
    const body = method === 'POST' ? { courtId: p.court.id, caseType: 'civil_first_instance' } : undefined;
    const anon = await clients.anonymous.call(method, url, body);
    expect(anon.status).toBe(401);
    for (const s of signedIn) {
      const res = await clients[s].call<{ error?: { code: string } }>(method, url, body);
      const allowed = rule.roles === 'any' || rule.roles.includes(s);
      expect({ subject: s, status: allowed ? Math.floor(res.status / 100) * 100 : res.status }).toEqual({
        subject: s,
        status: allowed ? 200 : 403,
      });
      if (!allowed) expect(res.body.error?.code).toBe('FORBIDDEN');
    }
  });

  it('a filer lists only their own filings; staff lists are empty', async () => {
    for (const s of signedIn) {
      const listed = (await clients[s].get<{ filings: Array<{ id: string }> }>('/api/filings')).body.filings.map((f) => f.id);
      if (s === 'owner') expect(listed).toEqual(expect.arrayContaining(ownFilingIds));
      else
        expect(
          listed.filter((id) => ownFilingIds.includes(id)),
          s,
        ).toEqual([]);
    }
  });

  it("a clerk's queue holds only their own court's submitted filings, whatever courtId is asked for", async () => {
    const queue = async (s: Subject, q = '') =>
      (await clients[s].get<{ items: Array<{ id: string }> }>(`/api/review/queue${q}`)).body.items.map((i) => i.id);
    expect(await queue('clerk')).toContain(filings.submitted);
    expect(await queue('clerk')).not.toContain(filings.draft);
    expect(await queue('otherCourtClerk')).toEqual([]);
    expect(await queue('otherCourtClerk', `?courtId=${p.court.id}`)).toEqual([]);
  });

  it('public routes answer every subject without a session check', async () => {
    for (const s of subjects) {
      expect((await clients[s].get('/api/courts')).status, s).toBe(200);
      expect((await clients[s].get(`/api/causes-of-action?q=${encodeURIComponent('借款')}`)).status, s).toBe(200);
      expect((await clients[s].get('/healthz')).status, s).toBe(200);
      expect((await clients[s].get('/readyz')).status, s).toBe(200);
      const receipt = await p.deps.db.selectFrom('documents').select('verification_code').limit(1).executeTakeFirstOrThrow();
      expect((await clients[s].get(`/api/verify/${receipt.verification_code}`)).status, s).toBe(200);
      expect((await clients[s].get('/api/verify/ABCD-1234-EFGH-5678')).status, s).toBe(404);
    }
    // The account routes are exercised with a fresh client, so that no subject's session is ended.
    const fresh = new Client(p.app);
    const registered = await fresh.register('/api/auth/register', {
      login: '13800000088',
      password: 'Matrix-test-2026',
      realName: '赵六',
      idNumber: residentId('11010519920202123'),
    });
    expect(registered.status).toBe(201);
    expect((await new Client(p.app).post('/api/auth/login', { login: '13800000088', password: 'Matrix-test-2026' })).status).toBe(200);
    expect((await fresh.post('/api/auth/logout')).status).toBe(204);
    expect((await fresh.get('/api/me')).status).toBe(401);
  });
});

describe('routes whose rules are tested in their own files', () => {
  const rows = Object.entries(routeTable).filter((e): e is [string, Extract<Rule, { kind: 'signedIn' }>] => e[1].kind === 'signedIn');
  it.each(rows)('%s: 401 for an anonymous caller, whatever the body (rules: %o)', async (route) => {
    const [method, url] = route.split(' ') as [Method, string];
    expect((await clients.anonymous.call(method, url, {})).status).toBe(401);
    expect((await clients.anonymous.call(method, url, { password: DEMO_PASSWORD })).status).toBe(401);
  });
});

describe("routes that act on one of the caller's sessions", () => {
  it("DELETE /api/auth/sessions/:id: 401 anonymous, 404 for every other account, 204 for the session's owner", async () => {
    // A second session of the owner, on its own client, so that the owner's main session stays.
    const second = await new Client(p.app).login('13800000001');
    const listed = await clients.owner.get<{ sessions: Array<{ id: string; current: boolean }> }>('/api/auth/sessions');
    const target = listed.body.sessions.find((x) => !x.current)!;
    expect(target).toBeDefined();
    expect((await clients.anonymous.call('DELETE', `/api/auth/sessions/${target.id}`)).status).toBe(401);
    for (const s of subjects.filter((x) => x !== 'anonymous' && x !== 'owner')) {
      const res = await clients[s].call<{ error: { code: string } }>('DELETE', `/api/auth/sessions/${target.id}`);
      expect({ s, status: res.status, code: res.body.error?.code }).toEqual({ s, status: 404, code: 'NOT_FOUND' });
    }
    expect((await second.get('/api/me')).status, 'the refused attempts ended nothing').toBe(200);
    expect((await clients.owner.call('DELETE', `/api/auth/sessions/${target.id}`)).status).toBe(204);
    expect((await second.get('/api/me')).status).toBe(401);
  });
});

describe('routes that act on one filing', () => {
  const byRoute = Object.keys(routeTable).filter((r) => routeTable[r]!.kind === 'filing');

  it.each(byRoute)('%s: every subject × filing state gets the answer the policy demands', async (route) => {
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const cell of filingCells.filter((c) => c.route === route)) {
      const id = consuming(cell) ? spares[cell.state].pop()! : filings[cell.state];
      const before = await snapshot(p.deps.db, id);
      const { res, requestId } = await send(cell.subject, route, id);
      seen.push(`${cell.subject}/${cell.state} → ${res.status}`);
      wanted.push(`${cell.subject}/${cell.state} → ${cell.expected}`);
      if (res.status !== cell.expected || cell.expected < 300) continue;
      // Refused: nothing about the filing changed.
      expect(await snapshot(p.deps.db, id), `${cell.subject}/${cell.state}`).toEqual(before);
      if (cell.expected !== 404) continue;
      expect((res.body as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      if (cell.rule.denied && !cell.rule.denied(cell.subject, cell.state)) continue;
      const audit = await p.deps.db.selectFrom('audit_log').selectAll().where('request_id', '=', requestId).execute();
      expect(
        audit.map((a) => ({ outcome: a.outcome, action: a.action, actor: a.actor_id, resource: a.resource_id })),
        `${cell.subject}/${cell.state}: one 'denied' audit record`,
      ).toEqual([
        { outcome: 'denied', action: cell.rule.action, actor: userIds[cell.subject as Exclude<Subject, 'anonymous'>], resource: id },
      ]);
    }
    expect(seen).toEqual(wanted);
  });

  it('a denial does not reveal whether the filing exists: an unknown id answers the same 404', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const known = await clients.otherLitigant.get<{ error: unknown }>(`/api/filings/${filings.submitted}`);
    const missing = await clients.otherLitigant.get<{ error: unknown }>(`/api/filings/${unknown}`);
    expect([known.status, missing.status]).toEqual([404, 404]);
    expect(known.body).toEqual(missing.body);
  });
});
