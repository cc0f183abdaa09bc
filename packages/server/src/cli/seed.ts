// Demo court and accounts for `npm start`: enough to walk the whole filing journey by hand.
import { demoCourt } from '@lian/domain';
import type { Role } from '@lian/contract';
import type { FieldCipher } from '../infra/crypto.js';
import type { Db } from '../infra/db.js';
import { upsertCourt } from '../modules/catalogue/service.js';
import { createAccount, normaliseLogin } from '../modules/identity/service.js';

export const DEMO_PASSWORD = 'Lian-demo-2026';

export interface DemoAccount {
  login: string;
  realName: string;
  /** Fictitious but checksum-valid resident ID numbers (GB 11643), for demonstration only. */
  idNumber: string | null;
  role: Role;
  atDemoCourt: boolean;
  description: string;
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
];

export async function seedDemo(deps: { db: Db; cipher: FieldCipher }) {
  const demoCourtId = await upsertCourt(deps.db, { code: demoCourt.designation, name: demoCourt.name, timezone: demoCourt.timeZone });
  for (const a of demoAccounts) {
    const login = normaliseLogin(a.login);
    const exists = login.ok && (await deps.db.selectFrom('users').select('id').where('login', '=', login.login).executeTakeFirst());
    if (exists) continue;
    await createAccount(deps, {
      login: a.login,
      password: DEMO_PASSWORD,
      realName: a.realName,
      idNumber: a.idNumber,
      roles: [{ role: a.role, courtId: a.atDemoCourt ? demoCourtId : null }],
    });
  }
  return { court: demoCourt };
}
