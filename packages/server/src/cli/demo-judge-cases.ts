// The demo judge's cases (DEMO ONLY, `serve --demo` and `seed-demo`): two filings of fictitious people,
// submitted, registered (立案) by the demo clerk and assigned (分案) to the demo judge through the real use
// cases, so that the judge's workspace (我的案件) is not empty: one with the fee due, one whose plaintiff, a
// traffic-accident victim, has applied to defer the fee (司法救助, 缓交) and awaits the clerk's decision.
// They are registered, not submitted: the clerk's review queue keeps its twenty filings.
// Idempotent: a demo judge who already has an assigned case means the cases are there.
import { demoCourt } from '@lian/domain';
import type { FieldCipher } from '../infra/crypto.js';
import type { Db } from '../infra/db.js';
import { applyForAid } from '../modules/fees/aid.js';
import type { FilingDeps } from '../modules/filing/service.js';
import { findUserByLogin, rolesOf } from '../modules/identity/repo.js';
import { loginIndexCandidates, normaliseLogin } from '../modules/identity/login-name.js';
import type { Actor } from '../modules/policy/policy.js';
import { acceptFiling, assignJudge } from '../modules/review/service.js';
import { seedOne } from './demo-queue.js';
import { type DemoFiling, demoLitigants } from './demo-queue-data.js';
import { demoAccounts } from './seed.js';

const ctx = { actorId: null, requestId: 'seed-demo-judge-cases', ip: null };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const evidence = (file: string, name: string, purpose: string) => ({ kind: 'evidence' as const, file, name, purpose });

export const demoJudgeCases: Array<DemoFiling & { deferral?: { grounds: string[]; statement: string } }> = [
  {
    defect: '无（已立案，待交费）',
    filer: 4,
    submittedDaysAgo: 4,
    cause: '民间借贷纠纷',
    defendants: [
      {
        kind: 'person',
        name: '赵德明',
        idBase: '11010519790603231',
        sex: 'male',
        phone: '13911112031',
        address: '北京市朝阳区望京街道阜通东大街6号院2号楼1103',
      },
    ],
    claims: [
      { text: '判令被告偿还借款本金人民币80000元及逾期利息', amountFen: 8_000_000 },
      { text: '本案诉讼费用由被告承担', amountFen: null },
    ],
    facts: '2025年3月10日，被告以资金周转为由向原告借款80000元，约定同年9月10日前归还，并出具借条。原告当日转账交付。到期后被告未还款。',
    materials: [
      { kind: 'complaint' },
      { kind: 'identity' },
      evidence('借条.pdf', '借条', '证明被告向原告借款80000元'),
      evidence('转账记录.pdf', '银行转账记录', '证明原告已交付借款'),
    ],
    intake: 'online',
  },
  {
    defect: '无（已立案，缓交申请待审）',
    filer: 9,
    submittedDaysAgo: 3,
    cause: '机动车交通事故责任纠纷',
    defendants: [
      {
        kind: 'organization',
        name: '北京顺达汽车运输有限公司',
        creditBase: '91110105MA02BCDE4',
        legalRepresentative: '孙立伟',
        address: '北京市朝阳区十八里店乡吕家营村南',
      },
    ],
    claims: [{ text: '判令被告赔偿医疗费、护理费、误工费等共计人民币36500元', amountFen: 3_650_000 }],
    facts: '2026年8月2日，被告司机驾驶其所有的货车在朝阳区十八里店路口右转时撞伤原告。交警认定被告司机负全部责任。原告住院治疗21天。',
    materials: [
      { kind: 'complaint' },
      { kind: 'identity' },
      evidence('事故认定书.pdf', '道路交通事故认定书', '证明被告司机负事故全部责任'),
      evidence('医疗费票据.pdf', '医疗费票据', '证明原告支出的医疗费'),
    ],
    intake: 'online',
    deferral: {
      grounds: ['accident-victim-claiming-damages'],
      statement: '本人系交通事故受害人，退休后仅有基本养老金，住院治疗花费较大，申请缓交案件受理费。',
    },
  },
];

/** A demo account (seed.ts) as the actor of the use cases, with its roles as stored. */
async function demoActor(deps: { db: Db; cipher: FieldCipher }, login: string): Promise<Actor> {
  const normal = normaliseLogin(login);
  const user = normal.ok ? await findUserByLogin(deps.db, loginIndexCandidates(deps.cipher, normal.login)) : undefined;
  if (!user) throw new Error(`demo account ${login} is missing: seed the demo accounts first`);
  const roles = await rolesOf(deps.db, user.id);
  return { userId: user.id, realName: user.real_name, roles: roles.map((r) => ({ role: r.role, courtId: r.court_id })) };
}
const demoLogin = (role: 'filing_clerk' | 'judge') => demoAccounts.find((a) => a.role === role)!.login;

/** Seeds the judge's cases once; returns how many it registered and assigned (0 when the judge had cases). */
export async function seedDemoJudgeCases(deps: FilingDeps, now = new Date()): Promise<number> {
  const judge = await demoActor(deps, demoLogin('judge'));
  const assigned = await deps.db.selectFrom('filings').select('id').where('assigned_judge_id', '=', judge.userId).executeTakeFirst();
  if (assigned) return 0;
  const clerk = await demoActor(deps, demoLogin('filing_clerk'));
  const court = await deps.db.selectFrom('courts').select('id').where('code', '=', demoCourt.designation).executeTakeFirstOrThrow();
  for (const f of demoJudgeCases) {
    const { id } = await seedOne(deps, court.id, f, now);
    // Registered the day after it was submitted, assigned an hour later.
    const registeredAt = new Date(now.getTime() - (f.submittedDaysAgo - 1) * DAY);
    await acceptFiling({ ...deps, now: () => registeredAt }, ctx, clerk, id);
    await assignJudge({ db: deps.db, now: () => new Date(registeredAt.getTime() + HOUR) }, ctx, clerk, id, judge.userId);
    if (f.deferral) {
      const plaintiff = await demoActor(deps, demoLitigants[f.filer]!.login);
      await applyForAid({ db: deps.db, now: () => new Date(registeredAt.getTime() + 2 * HOUR) }, ctx, plaintiff, id, {
        type: 'deferral',
        grounds: f.deferral.grounds,
        statement: f.deferral.statement,
        proofMaterialIds: [],
      });
    }
  }
  return demoJudgeCases.length;
}
