// Forward-only, timestamped migrations, the same on PostgreSQL and PGlite.
import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Db } from './db.js';
import * as foundation from '../migrations/20261123_0001_foundation.js';
import * as complaintContents from '../migrations/20261123_0002_complaint_contents.js';
import * as signInSecurity from '../migrations/20261123_0003_sign_in_security.js';
import * as evidenceList from '../migrations/20261127_0008_evidence_list.js';
import * as secondFactor from '../migrations/20261127_0006_second_factor.js';
import * as resumableUploads from '../migrations/20261127_0007_resumable_uploads.js';
import * as documents from '../migrations/20261127_0005_documents.js';
import * as reviewDecisions from '../migrations/20261127_0004_review_decisions.js';
import * as feesPayment from '../migrations/20261128_0009_fees_payment.js';
import * as accounts from '../migrations/20261128_0011_accounts.js';
import * as loginBlindIndex from '../migrations/20261128_0013_login_blind_index.js';
import * as passkeys from '../migrations/20261128_0012_passkeys.js';
import * as signUpCodes from '../migrations/20261128_0014_sign_up_codes.js';
import * as judgeWorkspace from '../migrations/20261128_0017_judge_workspace.js';

const migrations: Record<string, Migration> = {
  '20261123_0001_foundation': foundation,
  '20261123_0002_complaint_contents': complaintContents,
  '20261123_0003_sign_in_security': signInSecurity,
  '20261127_0008_evidence_list': evidenceList,
  '20261127_0006_second_factor': secondFactor,
  '20261127_0007_resumable_uploads': resumableUploads,
  '20261127_0005_documents': documents,
  '20261127_0004_review_decisions': reviewDecisions,
  '20261128_0009_fees_payment': feesPayment,
  '20261128_0011_accounts': accounts,
  '20261128_0013_login_blind_index': loginBlindIndex,
  '20261128_0012_passkeys': passkeys,
  '20261128_0014_sign_up_codes': signUpCodes,
  '20261128_0017_judge_workspace': judgeWorkspace,
};

export async function migrateToLatest(db: Db): Promise<string[]> {
  // Migrations see the database untyped: they create the types' tables.
  const migrator = new Migrator({ db: db as unknown as Kysely<unknown>, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
