// Demo court and accounts for `npm start`: enough to walk the whole filing journey by hand.
import { demoCourt } from '@lian/domain';
import type { Role } from '@lian/contract';
import type { FieldCipher } from '../infra/crypto.js';
import type { Db } from '../infra/db.js';
import { upsertCourt } from '../modules/catalogue/service.js';
import { normaliseLogin } from '../modules/identity/login-name.js';
import { createAccount } from '../modules/identity/service.js';
import { findUserByLogin } from '../modules/identity/repo.js';
import { loginIndexCandidates } from '../modules/identity/login-name.js';
import { enrolKnownSecret, SECOND_FACTOR_POLICY } from '../modules/identity/second-factor.js';
import { isStaffRole } from '../modules/identity/sessions.js';
import { ensureLawyerProfile } from '../modules/accounts/lawyers.js';
import { generateURI } from 'otplib';

export const DEMO_PASSWORD = 'Lian-demo-2026';

/**
 * DEMO ONLY: the published TOTP secret of the demo filing clerk, so that `npm start` can be tried
 * with any authenticator app (or `lian demo-totp`). The demo administrator has none: their first
 * sign-in shows the enrolment (QR code, recovery codes). Never used in production: `lian seed-demo`,
 * `serve --demo` and `demo-totp` refuse to run with NODE_ENV=production.
 */
export const DEMO_TOTP_SECRETS: Readonly<Record<string, string>> = {
  'clerk@chaoyang.court.example': 'LIANDEMOCLERKTOTPSECRETKEYAAAAAA',
};

export const demoOtpauthUri = (login: string) =>
  generateURI({ issuer: `${SECOND_FACTOR_POLICY.issuer} demo`, label: login, secret: DEMO_TOTP_SECRETS[login] ?? '' });

export function assertDemoAllowed(env: string) {
  if (env === 'production')
    throw new Error('demo accounts (with published passwords and TOTP secrets) are never seeded when NODE_ENV=production');
}

export interface DemoAccount {
  login: string;
  realName: string;
  /** Fictitious but checksum-valid resident ID numbers (GB 11643), for demonstration only. */
  idNumber: string | null;
  role: Role;
  atDemoCourt: boolean;
  description: string;
  /** Fictitious practising certificate of a demo lawyer, verified by the court or still pending. */
  lawyer?: { certificateNumber: string; lawFirm: string; verified: boolean };
}

export const demoAccounts: DemoAccount[] = [
  {
    login: '13800000001',
    realName: '张三',
    idNumber: '110105199003071239',
    role: 'litigant',
    atDemoCourt: false,
    description: '当事人 litigant',
  },
  {
    login: '13800000002',
    realName: '李律师',
    idNumber: '11010519850505432X',
    role: 'lawyer',
    atDemoCourt: false,
    description: '律师 lawyer',
    lawyer: { certificateNumber: '11101200910000001', lawFirm: '北京示例律师事务所', verified: true },
  },
  {
    login: '13800000003',
    realName: '周律师',
    idNumber: '11010519880707123X',
    role: 'lawyer',
    atDemoCourt: false,
    description: '律师（执业证待核验） lawyer awaiting verification',
    lawyer: { certificateNumber: '11101201810000002', lawFirm: '北京示例律师事务所', verified: false },
  },
  {
    login: 'clerk@chaoyang.court.example',
    realName: '王立案',
    idNumber: null,
    role: 'filing_clerk',
    atDemoCourt: true,
    description: '立案庭 filing clerk',
  },
  {
    login: 'admin@chaoyang.court.example',
    realName: '赵管理',
    idNumber: null,
    role: 'court_admin',
    atDemoCourt: true,
    description: '法院管理员 court administrator',
  },
  {
    login: 'judge@chaoyang.court.example',
    realName: '孙法官',
    idNumber: null,
    role: 'judge',
    atDemoCourt: true,
    description: '承办法官 judge',
  },
  {
    login: 'auditor@chaoyang.court.example',
    realName: '钱审计',
    idNumber: null,
    role: 'auditor',
    // Bound to no court: sees the whole trail (court-bound auditors are tested in audit-search.test.ts).
    atDemoCourt: false,
    description: '审计员 auditor (all courts)',
  },
];

/** The demo account with this login, created with the demo password if it is not there yet; its id. */
export async function ensureDemoAccount(
  deps: { db: Db; cipher: FieldCipher },
  a: { login: string; realName: string; idNumber: string | null; roles: Array<{ role: Role; courtId: string | null }> },
): Promise<string> {
  const login = normaliseLogin(a.login);
  const exists = login.ok && (await findUserByLogin(deps.db, loginIndexCandidates(deps.cipher, login.login)));
  return (exists || undefined)?.id ?? (await createAccount(deps, { ...a, password: DEMO_PASSWORD }));
}

export async function seedDemo(deps: { db: Db; cipher: FieldCipher }) {
  const demoCourtId = await upsertCourt(deps.db, { code: demoCourt.designation, name: demoCourt.name, timezone: demoCourt.timeZone });
  for (const a of demoAccounts) {
    const userId = await ensureDemoAccount(deps, {
      login: a.login,
      realName: a.realName,
      idNumber: a.idNumber,
      roles: [{ role: a.role, courtId: a.atDemoCourt ? demoCourtId : null }],
    });
    if (a.lawyer) await ensureLawyerProfile(deps, userId, a.lawyer);
    const secret = DEMO_TOTP_SECRETS[a.login];
    if (isStaffRole(a.role) && secret) {
      const factor = await deps.db.selectFrom('totp_factors').select('confirmed_at').where('user_id', '=', userId).executeTakeFirst();
      if (!factor?.confirmed_at) await enrolKnownSecret(deps, userId, secret);
    }
  }
  return { court: demoCourt };
}
