// Kysely table types. Must match the migrations in ../migrations.
import type { FilingState, MaterialKind, Procedure } from '@lian/domain';
import type { Role } from '@lian/contract';
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type {
  FeeRefundsTable,
  JudicialAidApplicationsTable,
  PaymentCallbackNoncesTable,
  PaymentOrdersTable,
  PaymentTransactionsTable,
} from '../modules/fees/schema.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface CourtsTable {
  id: Generated<string>;
  code: string;
  name: string;
  timezone: string;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  /** Clear sign-in name of rows from before migration 0013, sealed at start; always null afterwards. */
  login: string | null;
  /** Field-encrypted normalised sign-in name: mobile number or lower-cased e-mail. */
  login_enc: string | null;
  /** Keyed hash of the normalised sign-in name (identity/login-name.ts), unique. */
  login_index: string | null;
  login_kind: 'phone' | 'email';
  password_hash: string;
  real_name: string;
  /** Field-encrypted resident ID number (see infra/crypto). */
  id_number_enc: string | null;
  /** Keyed hash of the normalised ID number, for uniqueness and exact look-up. */
  id_number_index: string | null;
  created_at: CreatedAt;
  // Accounts (migration 0011).
  account_kind: ColumnType<'person' | 'organisation' | 'lawyer' | 'staff', 'person' | 'organisation' | 'lawyer' | 'staff' | undefined>;
  phone_enc: ColumnType<string | null, string | null | undefined>;
  identity_verified_at: ColumnType<Date | null, Date | null | undefined>;
  identity_check_method: ColumnType<string | null, string | null | undefined>;
  identity_checked_at: ColumnType<Date | null, Date | null | undefined>;
  identity_check_result: ColumnType<
    'verified' | 'refused' | 'unavailable' | null,
    'verified' | 'refused' | 'unavailable' | null | undefined
  >;
  identity_check_reason: ColumnType<string | null, string | null | undefined>;
  deactivated_at: ColumnType<Date | null, Date | null | undefined>;
}

export interface UserRolesTable {
  user_id: string;
  role: Role;
  /** Court the role applies to; null for roles that are not bound to a court (litigant, lawyer). */
  court_id: string | null;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  /** The browser's User-Agent at sign-in, trimmed to 200 characters, for the list of sessions. */
  user_agent: string | null;
}

/** A failed sign-in attempt (or one still being checked); see modules/identity/throttle.ts. */
export interface SignInFailuresTable {
  id: Generated<number>;
  /** Keyed hash of the normalised login, also for logins that match no account. */
  login_index: string;
  ip: string | null;
  at: Date;
}

export interface SignInLocksTable {
  login_index: string;
  locked_at: Date;
  locked_until: Date;
}

export type FilingStateColumn = FilingState;

export interface FilingsTable {
  id: Generated<string>;
  court_id: string;
  case_type: 'civil_first_instance';
  state: Generated<FilingStateColumn>;
  created_by: string;
  plaintiff_phone_enc: string | null;
  plaintiff_address_enc: string | null;
  claims: ColumnType<Array<{ text: string; amountFen: number | null }>, string | undefined, string>;
  claim_amount_fen: Generated<number>;
  facts_and_reasons: Generated<string>;
  plaintiff_ethnicity: Generated<string>;
  plaintiff_occupation: Generated<string>;
  plaintiff_employer: Generated<string>;
  cause_of_action_code: string | null;
  /** Version of the cause-of-action catalogue the code belongs to (e.g. '2020', '2025'). */
  cause_of_action_version: string | null;
  receipt_number: string | null;
  submitted_at: Date | null;
  decision_due_date: string | null;
  case_number: string | null;
  case_year: number | null;
  case_type_code: string | null;
  case_serial: number | null;
  accepted_at: Date | null;
  accepted_by: string | null;
  // Decisions (migration 0004).
  procedure: Procedure | null;
  acceptance_fee_fen: number | null;
  /** The fee as calculated at registration: lines, reductions and the bilingual explanation. */
  acceptance_fee: JSONColumnType<StoredFee | null, string | null, string | null>;
  fee_due_date: string | null;
  registered_first: Generated<boolean>;
  correction_items: JSONColumnType<StoredCorrectionItem[] | null, string | null, string | null>;
  correction_due_date: string | null;
  correction_requested_at: Date | null;
  correction_requested_by: string | null;
  corrected_at: Date | null;
  returned_at: Date | null;
  insisted_at: Date | null;
  rejection_ground: string | null;
  rejection_reason: string | null;
  rejected_at: Date | null;
  rejected_by: string | null;
  appeal_due_date: string | null;
  appeal_court: string | null;
  assigned_judge_id: string | null;
  assigned_at: Date | null;
  /** When retention deleted the contents (migration 0013); the row stays as a tombstone. */
  purged_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

type Bilingual = { 'zh-CN': string; en: string };
export interface StoredFee {
  totalFen: number;
  lines: Array<{ label: Bilingual; baseFen: number; rate?: string; amountFen: number; source: string }>;
  reductions: Array<{ kind: string; label: Bilingual; amountFen: number; source: string }>;
  explanation: Bilingual;
}
export interface StoredCorrectionItem {
  section: 'plaintiff' | 'defendants' | 'claims' | 'factsAndReasons' | 'causeOfAction' | 'materials';
  text: string;
}

export interface FilingPartiesTable {
  id: Generated<string>;
  filing_id: string;
  position: number;
  role: 'plaintiff' | 'defendant';
  kind: 'person' | 'organization';
  user_id: string | null;
  name: string;
  id_number_enc: string | null;
  credit_code: string | null;
  sex: 'male' | 'female' | null;
  legal_representative: string | null;
  phone_enc: string | null;
  address_enc: string | null;
}

export interface MaterialsTable {
  id: Generated<string>;
  filing_id: string;
  kind: MaterialKind;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: CreatedAt;
  // Inspection facts and the evidence list (migration 0008).
  page_count: Generated<number | null>;
  width: Generated<number | null>;
  height: Generated<number | null>;
  duration_ms: Generated<number | null>;
  derivative_sha256: Generated<string | null>;
  derivative_media_type: Generated<'image/jpeg' | 'image/png' | null>;
  evidence_name: Generated<string | null>;
  evidence_source: Generated<string | null>;
  evidence_purpose: Generated<string | null>;
  evidence_original: Generated<'original' | 'copy' | null>;
  evidence_pages: Generated<number | null>;
  evidence_position: Generated<number | null>;
}

/** A resumable (tus) upload in progress; see migrations/20261127_0007_resumable_uploads.ts. */
export interface UploadsTable {
  id: string;
  filing_id: string;
  owner_id: string;
  kind: MaterialKind;
  file_name: string;
  length: ColumnType<number, number, number>;
  /** A material of the same filing that the finished upload replaces. */
  replaces: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Date;
  expires_at: Date;
}

export interface CaseCountersTable {
  court_id: string;
  year: number;
  type_code: string;
  last_serial: number;
}

export interface FilingEventsTable {
  id: Generated<number>;
  filing_id: string;
  at: CreatedAt;
  actor_id: string | null;
  type: string;
  data: JSONColumnType<Record<string, string | number | null>>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Date;
  actor_id: string | null;
  action: string;
  outcome: 'success' | 'denied' | 'failure';
  resource_type: string | null;
  resource_id: string | null;
  request_id: string | null;
  ip: string | null;
  detail: JSONColumnType<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

/** A document the court issued on a filing (see modules/documents). */
export interface DocumentsTable {
  id: Generated<string>;
  filing_id: string;
  kind:
    'filing_receipt' | 'acceptance_notice' | 'payment_notice' | 'correction_notice' | 'rejection_ruling' | 'ruling_treated_as_withdrawn';
  title: string;
  number: string;
  sha256: string;
  size: number;
  verification_code: string;
  issued_at: Date;
  issued_by: string | null;
}
export interface Database {
  courts: CourtsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  sign_in_locks: SignInLocksTable;
  filings: FilingsTable;
  filing_parties: FilingPartiesTable;
  materials: MaterialsTable;
  case_counters: CaseCountersTable;
  filing_events: FilingEventsTable;
  audit_log: AuditLogTable;
  totp_factors: TotpFactorsTable;
  recovery_codes: RecoveryCodesTable;
  sign_in_challenges: SignInChallengesTable;
  one_time_codes: OneTimeCodesTable;
  sign_up_codes: SignUpCodesTable;
  one_time_code_requests: OneTimeCodeRequestsTable;
  outbox_messages: OutboxMessagesTable;
  uploads: UploadsTable;
  documents: DocumentsTable;
  payment_orders: PaymentOrdersTable;
  payment_transactions: PaymentTransactionsTable;
  payment_callback_nonces: PaymentCallbackNoncesTable;
  judicial_aid_applications: JudicialAidApplicationsTable;
  fee_refunds: FeeRefundsTable;
  organisation_accounts: OrganisationAccountsTable;
  lawyer_accounts: LawyerAccountsTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
}

/** An organisation's account (migration 0011): the acting person is the user. */
export interface OrganisationAccountsTable {
  user_id: string;
  name: string;
  credit_code: string;
  legal_representative: string;
}

/** A lawyer's practising certificate and the court administrator's verification of it (migration 0011). */
export interface LawyerAccountsTable {
  user_id: string;
  id: Generated<string>;
  certificate_enc: string;
  certificate_index: string;
  law_firm: string;
  status: Generated<'pending' | 'verified' | 'refused'>;
  registered_at: Generated<Date>;
  decided_at: Date | null;
  decided_by: string | null;
  refusal_reason: string | null;
}

/** A TOTP authenticator (RFC 6238); see modules/identity/second-factor.ts. */
export interface TotpFactorsTable {
  user_id: string;
  /** Field-encrypted base32 secret. */
  secret_enc: string;
  created_at: CreatedAt;
  confirmed_at: Date | null;
  /** Last accepted time step; codes of this step or earlier are refused (no replay). */
  last_time_step: ColumnType<string | null, number | null | undefined, number | null>;
}

export interface RecoveryCodesTable {
  id: Generated<string>;
  user_id: string;
  /** Keyed hash (HMAC) of the code. */
  code_hash: string;
  created_at: CreatedAt;
  used_at: Date | null;
}

export interface SignInChallengesTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  step: 'totp' | 'enrol';
  created_at: Date;
  expires_at: Date;
  user_agent: string | null;
}

export interface OneTimeCodesTable {
  id: Generated<string>;
  user_id: string;
  /** A password reset requested by the person, or the set-up code of a new staff account. */
  purpose: 'password_reset' | 'account_setup';
  code_hash: string;
  created_at: Date;
  expires_at: Date;
  attempts: Generated<number>;
  used_at: Date | null;
}

/** A sign-up code, bound to the destination (keyed hash of the normalised login) before any account exists. */
export interface SignUpCodesTable {
  id: Generated<string>;
  destination_index: string;
  code_hash: string;
  created_at: Date;
  expires_at: Date;
  attempts: Generated<number>;
  used_at: Date | null;
}

export interface OneTimeCodeRequestsTable {
  id: Generated<number>;
  destination_index: string;
  ip: string | null;
  at: Date;
}

export interface OutboxMessagesTable {
  id: Generated<string>;
  channel: 'sms' | 'email';
  recipient_enc: string;
  recipient_masked: string;
  subject: string;
  body_enc: string;
  created_at: CreatedAt;
}

export interface PasskeysTable {
  id: Generated<string>;
  user_id: string;
  credential_id: string;
  public_key: Uint8Array;
  sign_count: ColumnType<string, number | undefined, number>;
  transports: string[];
  device_type: 'singleDevice' | 'multiDevice';
  backed_up: boolean;
  name: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
}

export interface WebauthnChallengesTable {
  id: Generated<string>;
  challenge: string;
  purpose: 'register' | 'sign_in';
  user_id: string | null;
  ip: string | null;
  created_at: Date;
  expires_at: Date;
}
