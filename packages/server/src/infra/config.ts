// Configuration from the environment, validated once at start with one clear message per bad value.
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LIAN_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LIAN_PUBLIC_URL: z.url().optional(),
  /** Field-encryption keys: "keyId:base64(32 bytes)" separated by commas; the first one encrypts. */
  LIAN_FIELD_KEYS: z
    .string()
    .regex(/^([A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=)(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=)*$/, 'must be keyId:base64-of-32-bytes[,…]')
    .optional(),
  /**
   * Key of the keyed hash (HMAC) used for exact look-ups of encrypted fields: base64 of 32 bytes, or for
   * rotation "keyId:base64[,…]" with the new key first (the former single key has the id k0).
   */
  LIAN_INDEX_KEY: z
    .string()
    .regex(
      /^([A-Za-z0-9+/]{43}=|[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=)*)$/,
      'must be base64 of 32 bytes, or keyId:base64-of-32-bytes[,…]',
    )
    .optional(),
  LIAN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LIAN_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024 * 1024),
  /** All materials of one filing together, counting uploads in progress. */
  LIAN_MAX_FILING_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(4 * 1024 * 1024 * 1024),
  /** How many months back the review screen looks for possible duplicate filings. */
  LIAN_DUPLICATE_MONTHS: z.coerce.number().int().min(1).max(60).default(6),
  /** An unfinished resumable upload is deleted this many hours after it was created. */
  LIAN_UPLOAD_EXPIRY_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
  // S3-compatible object store for files; LIAN_S3_BUCKET unset → the local directory store.
  LIAN_S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  LIAN_S3_REGION: z.string().min(1).default('us-east-1'),
  LIAN_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name: 3–63 lower-case letters, digits, dots or hyphens')
    .optional(),
  LIAN_S3_ACCESS_KEY_ID: z.string().optional(),
  LIAN_S3_SECRET_ACCESS_KEY: z.string().optional(),
  LIAN_S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  LIAN_S3_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'must be path segments of letters, digits, dot, underscore or hyphen')
    .default('blobs'),
  /** clamd to scan every upload through (INSTREAM over TCP); unset → no virus scan. */
  LIAN_CLAMD_URL: z
    .string()
    .regex(/^tcp:\/\/[^\s/:]+:\d{1,5}$/, 'must be tcp://host:port of clamd')
    .optional(),
  /** Whether ZIP archives (of accepted file types only) may be uploaded. */
  LIAN_ACCEPT_ZIP: z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  // Outgoing e-mail (one-time codes): nodemailer's URL form; unset → kept in the outbox table and the log.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  LIAN_MAIL_FROM: z.string().min(3).default('立案 Lian <no-reply@lian.localhost>'),
  // SMS gateway adapter (contract in docs/operations.md); unset → kept in the outbox table and the log.
  LIAN_SMS_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  LIAN_SMS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Shared key of the simulated payment gateway's callback signatures; unset → derived from the index key. */
  LIAN_PAYMENT_SIM_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  // National real-name verification service (contract in docs/identity-verification.md); unset → local checks only.
  LIAN_IDENTITY_VERIFIER_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  LIAN_IDENTITY_VERIFIER_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // Retention of filings that never became a case (docs/security.md explains the defaults).
  LIAN_RETENTION_REJECTED_DAYS: z.coerce.number().int().min(30).max(36500).default(1095),
  LIAN_RETENTION_WITHDRAWN_DAYS: z.coerce.number().int().min(30).max(36500).default(1095),
  LIAN_RETENTION_RETURNED_DAYS: z.coerce.number().int().min(30).max(36500).default(1095),
  /** Which payment gateway takes fees: the simulated one (no money moves) or none; default simulated except in production. */
  LIAN_PAYMENT_GATEWAY: z.enum(['simulated', 'none']).optional(),
});

export interface S3Config {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  prefix: string;
}

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  fieldKeys: string | undefined;
  indexKey: string | undefined;
  logLevel: string;
  maxUploadBytes: number;
  maxFilingBytes: number;
  /** Lifetime of an unfinished resumable upload, in milliseconds. */
  uploadExpiryMs: number;
  /** Months back the review screen looks for possible duplicates (LIAN_DUPLICATE_MONTHS). */
  duplicateWindowMonths?: number;
  /** Object store for files; undefined → the local directory store under dataDir. */
  s3?: S3Config;
  /** tcp://host:port of clamd; undefined → uploads are not scanned for viruses. */
  clamdUrl?: string | undefined;
  /** ZIP archives of accepted types may be uploaded. */
  acceptZip?: boolean;
  /** SMTP server for e-mail; undefined → e-mail is kept in the outbox table and logged. */
  smtpUrl?: string | undefined;
  mailFrom?: string;
  /** SMS gateway (URL and signing secret); undefined → SMS is kept in the outbox table and logged. */
  sms?: { url: string; secret: string } | undefined;
  /** Key of the simulated payment gateway (infra/payments); undefined → derived from the index key. */
  paymentSimKey?: string | undefined;
  identityVerifier?: { url: string; secret: string } | undefined;
  /** Days after the decision before the contents of rejected, withdrawn and returned filings are deleted. */
  retention?: { rejectedDays: number; withdrawnDays: number; returnedDays: number };
  /** 'simulated' or 'none'; undefined → simulated outside production, none in production (docs/payments.md). */
  paymentGateway?: 'simulated' | 'none' | undefined;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Production refuses to start without a real address and real delivery channels: passkeys are bound
 * to the public origin (HTTPS), and one-time codes that only land in the outbox table never reach
 * anyone. One line per missing variable, so an operator can fix them all at once.
 */
function productionDeliveryProblems(c: z.infer<typeof schema>): string[] {
  const problems: string[] = [];
  const required = (name: string, why: string) => problems.push(`${name}: required when NODE_ENV=production (${why})`);
  if (!c.LIAN_PUBLIC_URL) required('LIAN_PUBLIC_URL', 'the https:// address users open');
  else if (!c.LIAN_PUBLIC_URL.startsWith('https://')) problems.push('LIAN_PUBLIC_URL: must be an https:// URL when NODE_ENV=production');
  if (!c.SMTP_URL) required('SMTP_URL', 'e-mail delivery of one-time codes');
  if (!c.LIAN_SMS_URL) required('LIAN_SMS_URL', 'SMS delivery of one-time codes');
  if (!c.LIAN_SMS_SECRET) required('LIAN_SMS_SECRET', 'signing of requests to the SMS gateway');
  return problems;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  const problems: string[] = [];
  if (c.NODE_ENV === 'production') {
    // Development generates keys into the data directory; production must name them explicitly.
    if (!c.LIAN_FIELD_KEYS) problems.push('LIAN_FIELD_KEYS: required when NODE_ENV=production');
    if (!c.LIAN_INDEX_KEY) problems.push('LIAN_INDEX_KEY: required when NODE_ENV=production');
    problems.push(...productionDeliveryProblems(c));
  }
  const s3Set = ['LIAN_S3_ENDPOINT', 'LIAN_S3_ACCESS_KEY_ID', 'LIAN_S3_SECRET_ACCESS_KEY'] as const;
  if (c.LIAN_S3_BUCKET) {
    for (const name of s3Set) if (!c[name]) problems.push(`${name}: required when LIAN_S3_BUCKET is set`);
  } else {
    // A half-configured object store must not silently fall back to the local directory.
    for (const name of s3Set) if (c[name]) problems.push(`LIAN_S3_BUCKET: required when ${name} is set`);
  }
  if (Boolean(c.LIAN_SMS_URL) !== Boolean(c.LIAN_SMS_SECRET)) problems.push('LIAN_SMS_URL and LIAN_SMS_SECRET: set both or neither');
  if (Boolean(c.LIAN_IDENTITY_VERIFIER_URL) !== Boolean(c.LIAN_IDENTITY_VERIFIER_SECRET))
    problems.push('LIAN_IDENTITY_VERIFIER_URL and LIAN_IDENTITY_VERIFIER_SECRET: set both or neither');
  if (c.LIAN_MAX_FILING_BYTES < c.LIAN_MAX_UPLOAD_BYTES) {
    problems.push('LIAN_MAX_FILING_BYTES: must be at least LIAN_MAX_UPLOAD_BYTES');
  }
  if (problems.length) throw new ConfigError([...new Set(problems)]);
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.LIAN_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    publicUrl: c.LIAN_PUBLIC_URL,
    fieldKeys: c.LIAN_FIELD_KEYS,
    indexKey: c.LIAN_INDEX_KEY,
    logLevel: c.LIAN_LOG_LEVEL,
    maxUploadBytes: c.LIAN_MAX_UPLOAD_BYTES,
    clamdUrl: c.LIAN_CLAMD_URL,
    acceptZip: c.LIAN_ACCEPT_ZIP,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.LIAN_MAIL_FROM,
    sms: c.LIAN_SMS_URL && c.LIAN_SMS_SECRET ? { url: c.LIAN_SMS_URL, secret: c.LIAN_SMS_SECRET } : undefined,
    identityVerifier:
      c.LIAN_IDENTITY_VERIFIER_URL && c.LIAN_IDENTITY_VERIFIER_SECRET
        ? { url: c.LIAN_IDENTITY_VERIFIER_URL, secret: c.LIAN_IDENTITY_VERIFIER_SECRET }
        : undefined,
    maxFilingBytes: c.LIAN_MAX_FILING_BYTES,
    paymentSimKey: c.LIAN_PAYMENT_SIM_KEY,
    paymentGateway: c.LIAN_PAYMENT_GATEWAY ?? (c.NODE_ENV === 'production' ? 'none' : 'simulated'),
    uploadExpiryMs: Math.round(c.LIAN_UPLOAD_EXPIRY_HOURS * 3600 * 1000),
    duplicateWindowMonths: c.LIAN_DUPLICATE_MONTHS,
    retention: {
      rejectedDays: c.LIAN_RETENTION_REJECTED_DAYS,
      withdrawnDays: c.LIAN_RETENTION_WITHDRAWN_DAYS,
      returnedDays: c.LIAN_RETENTION_RETURNED_DAYS,
    },
    ...(c.LIAN_S3_BUCKET && c.LIAN_S3_ENDPOINT && c.LIAN_S3_ACCESS_KEY_ID && c.LIAN_S3_SECRET_ACCESS_KEY
      ? {
          s3: {
            endpoint: c.LIAN_S3_ENDPOINT,
            region: c.LIAN_S3_REGION,
            bucket: c.LIAN_S3_BUCKET,
            accessKeyId: c.LIAN_S3_ACCESS_KEY_ID,
            secretAccessKey: c.LIAN_S3_SECRET_ACCESS_KEY,
            forcePathStyle: c.LIAN_S3_FORCE_PATH_STYLE,
            prefix: c.LIAN_S3_PREFIX,
          },
        }
      : {}),
  };
}
