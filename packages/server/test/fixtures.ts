// Submitted filings made through the real use cases, for tests and benchmarks that need many.
import { Readable } from 'node:stream';
import { searchCausesOfAction } from '@lian/domain';
import { DEMO_PASSWORD } from '../src/cli/seed.js';
import { editEvidence } from '../src/modules/filing/evidence.js';
import { addMaterial } from '../src/modules/filing/materials.js';
import { createFiling, type FilingDeps, saveDraft, submitFiling } from '../src/modules/filing/service.js';
import { actorForToken, signIn } from '../src/modules/identity/service.js';
import { confirmEnrolment, startEnrolment, verifyChallenge } from '../src/modules/identity/second-factor.js';
import { forgetLastTimeStep, rememberSecret, secretFor, totpAt } from './second-factor.js';
import type { Actor } from '../src/modules/policy/policy.js';
import { completeDraft, samplePdf, samplePng } from './client.js';

const ctx = { actorId: null, requestId: 'fixture', ip: null };

/** Signs in through the use cases; court staff pass the second factor with the demo seed's TOTP secret. */
export async function signedInActor(deps: FilingDeps, login: string): Promise<Actor> {
  const first = await signIn(deps, ctx, { login, password: DEMO_PASSWORD });
  let token = first.token;
  if (first.kind === 'challenge') {
    const now = deps.now?.() ?? new Date();
    if (first.step === 'enrol') {
      // A staff account without an authenticator: enrol one, and remember its secret for next time.
      const { secret } = await startEnrolment(deps, first.token);
      rememberSecret(deps.db, login, secret);
      token = (await confirmEnrolment(deps, ctx, first.token, totpAt(secret, now), {})).session.token;
    } else {
      const secret = secretFor(deps.db, login);
      if (!secret) throw new Error(`${login} has no known TOTP secret`);
      await forgetLastTimeStep(deps, login);
      token = (await verifyChallenge(deps, ctx, first.token, totpAt(secret, now), {})).token;
    }
  }
  const actor = await actorForToken(deps, token);
  if (!actor) throw new Error(`no session for ${login}`);
  return actor;
}

/** Gives every evidence file of a draft its name, source and purpose (证据目录), as submission requires. */
export async function fillEvidenceList(deps: FilingDeps, litigant: Actor, filingId: string): Promise<void> {
  const evidence = await deps.db
    .selectFrom('materials')
    .select('id')
    .where('filing_id', '=', filingId)
    .where('kind', '=', 'evidence')
    .execute();
  for (const [i, m] of evidence.entries()) {
    await editEvidence(deps, ctx, litigant, filingId, m.id, {
      name: `借条${i + 1}`,
      source: '原告持有',
      purpose: '证明被告向原告借款的事实',
      original: 'original',
      pageCount: 1,
    });
  }
}

/** Creates, fills, equips (complaint, ID copy, evidence) and submits `count` filings; returns their ids. */
export async function submitCompleteFilings(deps: FilingDeps, litigant: Actor, courtId: string, count: number): Promise<string[]> {
  const ids = await completeDrafts(deps, litigant, courtId, count);
  for (const id of ids) await submitFiling(deps, ctx, litigant, id, 'zh-CN');
  return ids;
}

/** Creates, fills and equips (complaint, ID copy, evidence) `count` drafts ready to submit; returns their ids. */
export async function completeDrafts(deps: FilingDeps, litigant: Actor, courtId: string, count: number): Promise<string[]> {
  const draft = { ...completeDraft, causeOfActionCode: searchCausesOfAction('民间借贷', 1)[0]!.code } as Parameters<typeof saveDraft>[4];
  const files = [
    { kind: 'complaint', fileName: 'c.pdf', bytes: (i: number) => samplePdf(`complaint ${i}`) },
    { kind: 'identity', fileName: 'id.png', bytes: () => samplePng() },
    { kind: 'evidence', fileName: 'e.png', bytes: () => samplePng() },
  ] as const;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = await createFiling(deps, ctx, litigant, { courtId, caseType: 'civil_first_instance' });
    await saveDraft(deps, ctx, litigant, id, draft);
    for (const f of files) {
      await addMaterial(
        deps,
        ctx,
        litigant,
        id,
        { kind: f.kind, fileName: f.fileName, declaredLength: undefined },
        Readable.from([f.bytes(i)]),
      );
    }
    await fillEvidenceList(deps, litigant, id);
    ids.push(id);
  }
  return ids;
}

/** A second court (海淀, 京0108) with its own filing clerk, clerk@haidian.court.example; returns the court's id. */
export async function secondCourtWithClerk(deps: FilingDeps): Promise<string> {
  const { upsertCourt } = await import('../src/modules/catalogue/service.js');
  const { createAccount } = await import('../src/modules/identity/service.js');
  const courtB = await upsertCourt(deps.db, { code: '京0108', name: '北京市海淀区人民法院', timezone: 'Asia/Shanghai' });
  await createAccount(deps, {
    login: 'clerk@haidian.court.example',
    password: DEMO_PASSWORD,
    realName: '钱立案',
    idNumber: null,
    roles: [{ role: 'filing_clerk', courtId: courtB }],
  });
  return courtB;
}
