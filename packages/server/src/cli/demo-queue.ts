// Seeds the demo review queue (DEMO ONLY, `serve --demo` and `seed-demo`): the filings of demo-queue-data.ts,
// made through the real use cases — accounts, drafts, uploads, evidence list, submission with its receipt —
// online filings through the completeness check, counter intake without it (登记立案规定 Art. 2–3).
// Idempotent: a litigant of the queue who already has filings means the queue is there.
import { Readable } from 'node:stream';
import { addDays, causeOfActionCatalogueFor, dateInZone, demoCourt, validateCreditCode, validateResidentId } from '@lian/domain';
import { sql } from 'kysely';
import type { FieldCipher } from '../infra/crypto.js';
import type { Db } from '../infra/db.js';
import { DocumentWriter } from '../modules/documents/pdf.js';
import { editEvidence } from '../modules/filing/evidence.js';
import { addMaterial } from '../modules/filing/materials.js';
import { createFiling, type FilingDeps, saveDraft, submitFiling } from '../modules/filing/service.js';
import { normaliseLogin } from '../modules/identity/login-name.js';
import { loginIndexCandidates } from '../modules/identity/login-name.js';
import type { Actor } from '../modules/policy/policy.js';
import { type DemoFiling, type DemoParty, demoLitigants, demoQueue } from './demo-queue-data.js';
import { ensureDemoAccount } from './seed.js';

const ctx = { actorId: null, requestId: 'seed-demo-queue', ip: null };

/** GB 11643 check digit (ISO 7064 MOD 11-2). */
export function residentIdCheck(base17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...base17].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return '10X98765432'[sum % 11]!;
}

const CC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100 check character. */
export function creditCodeCheck(base17: string): string {
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...base17].reduce((s, c, i) => s + CC.indexOf(c) * w[i]!, 0);
  return CC[(31 - (sum % 31)) % 31]!;
}

const idNumberOf = (base: string) => base + residentIdCheck(base);

function partyInput(p: DemoParty, today: string) {
  if (p.kind === 'person') {
    const idNumber = p.idBase ? idNumberOf(p.idBase) : undefined;
    if (idNumber && !validateResidentId(idNumber, today).ok) throw new Error(`demo ID ${idNumber} is not valid`);
    return { kind: 'person' as const, name: p.name, idNumber, sex: p.sex, phone: p.phone, address: p.address };
  }
  const creditCode = p.creditBase! + creditCodeCheck(p.creditBase!);
  if (!validateCreditCode(creditCode).ok) throw new Error(`demo credit code ${creditCode} is not valid`);
  return {
    kind: 'organization' as const,
    name: p.name,
    creditCode,
    legalRepresentative: p.legalRepresentative ?? '',
    phone: p.phone,
    address: p.address,
  };
}

/** A stand-in paper in Chinese: the complaint as typed, or a page naming the evidence it stands for. */
async function paper(title: string, lines: string[], at: Date): Promise<Buffer> {
  const w = await DocumentWriter.create(title + lines.join(''));
  w.paragraph(title, { bold: true, size: 18, align: 'center', after: 12 });
  for (const l of lines) w.prose(l);
  return Buffer.from(await w.finishPlain(title, at));
}

async function accountFor(deps: FilingDeps, i: number): Promise<Actor> {
  const l = demoLitigants[i]!;
  const roles = [{ role: 'litigant' as const, courtId: null }];
  const userId = await ensureDemoAccount(deps, {
    login: l.login,
    realName: l.realName,
    idNumber: l.idBase ? idNumberOf(l.idBase) : null,
    roles,
  });
  return { userId, realName: l.realName, roles: [{ role: 'litigant', courtId: null }] };
}

async function queueExists(db: Db, cipher: FieldCipher): Promise<boolean> {
  const login = normaliseLogin(demoLitigants[1]!.login);
  if (!login.ok) return false;
  const row = await db
    .selectFrom('filings')
    .innerJoin('users', 'users.id', 'filings.created_by')
    .select('filings.id')
    .where('users.login_index', 'in', loginIndexCandidates(cipher, login.login))
    .executeTakeFirst();
  return row !== undefined;
}

export async function seedOne(deps: FilingDeps, courtId: string, f: DemoFiling, now: Date) {
  const at = new Date(now.getTime() - f.submittedDaysAgo * 86_400_000);
  const d = { ...deps, now: () => at };
  const actor = await accountFor(deps, f.filer);
  const today = dateInZone(at, demoCourt.timeZone);
  const catalogue = causeOfActionCatalogueFor(today);
  const cause = f.cause && catalogue.ok ? catalogue.catalogue.entries.find((e) => e.name === f.cause && e.level >= 3) : undefined;
  if (f.cause && !cause) throw new Error(`demo cause ${f.cause} is not in the catalogue`);
  const id = await createFiling(d, ctx, actor, { courtId, caseType: 'civil_first_instance' });
  const defendants = f.defendants.map((p) => partyInput(p, today));
  await saveDraft(d, ctx, actor, id, {
    plaintiff: {
      phone: demoLitigants[f.filer]!.login,
      address: f.plaintiff?.address ?? '北京市朝阳区朝阳门外大街6号',
      ethnicity: f.plaintiff?.ethnicity ?? '汉族',
      occupation: f.plaintiff?.occupation ?? '职员',
      employer: f.plaintiff?.employer ?? '北京某科技有限公司',
    },
    defendants,
    claims: f.claims,
    factsAndReasons: f.facts,
    causeOfActionCode: cause?.code ?? null,
  });
  const complaint = [
    `原告：${actor.realName}`,
    ...f.defendants.map((p) => `被告：${p.name}，住${p.address || '（未填写）'}`),
    '诉讼请求：',
    ...f.claims.map((c, i) => `${i + 1}. ${c.text}`),
    '事实与理由：',
    f.facts || '（未填写）',
    `此致\u3000北京市朝阳区人民法院\u3000\u3000具状人：${actor.realName}\u3000${today}`,
  ];
  for (const m of f.materials) {
    const [fileName, bytes]: [string, Buffer] =
      m.kind === 'evidence'
        ? [m.file, await paper(m.name ?? m.file.replace(/\.pdf$/, ''), ['（演示材料：此处为证据扫描件）'], at)]
        : m.kind === 'complaint'
          ? ['民事起诉状.pdf', await paper('民事起诉状', complaint, at)]
          : [
              '居民身份证复印件.pdf',
              await paper('居民身份证复印件', [`姓名：${actor.realName}`, '（演示材料：此处为身份证正反面复印件）'], at),
            ];
    const material = await addMaterial(d, ctx, actor, id, { kind: m.kind, fileName, declaredLength: bytes.length }, Readable.from([bytes]));
    if (m.kind === 'evidence' && m.name)
      await editEvidence(d, ctx, actor, id, material.id, {
        name: m.name,
        source: m.source ?? '原告持有',
        purpose: m.purpose ?? '',
        original: 'copy',
        pageCount: 1,
      });
  }
  await submitFiling(d, ctx, actor, id, 'zh-CN', undefined, f.intake);
  // Demo data only: the database stamps rows with the real clock; the papers were drafted, uploaded and
  // handed in on the filing day, so the timeline and material list say so (the audit trail is left as it is).
  const minutes = (n: number) => new Date(at.getTime() - n * 60_000);
  // created_at and the like are not updatable through the typed schema (the application never rewrites them).
  await sql`update filings set created_at = ${minutes(30)} where id = ${id}`.execute(deps.db);
  await sql`update materials set uploaded_at = ${minutes(10)} where filing_id = ${id}`.execute(deps.db);
  await sql`update filing_events set at = case when type in ('filing.submitted', 'document.issued') then ${at}::timestamptz else ${minutes(20)}::timestamptz end
            where filing_id = ${id}`.execute(deps.db);
  return { id, dueBy: addDays(today, 7) };
}

/** Seeds the queue once; returns how many filings it added (0 when it was there already). */
export async function seedDemoQueue(deps: FilingDeps, now = new Date()): Promise<number> {
  if (await queueExists(deps.db, deps.cipher)) return 0;
  const court = await deps.db.selectFrom('courts').select('id').where('code', '=', demoCourt.designation).executeTakeFirstOrThrow();
  // Oldest first, so receipt numbers follow the submission dates.
  const ordered = [...demoQueue].sort((a, b) => b.submittedDaysAgo - a.submittedDaysAgo);
  for (const f of ordered) await seedOne(deps, court.id, f, now);
  return ordered.length;
}
