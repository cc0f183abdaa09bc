// SQL of issued documents.
import type { Insertable } from 'kysely';
import type { Db } from '../../infra/db.js';
import type { DocumentsTable } from '../../infra/schema.js';

export const insertDocument = (trx: Db, d: Insertable<DocumentsTable>) =>
  trx.insertInto('documents').values(d).returningAll().executeTakeFirstOrThrow();

export const documentsOf = (db: Db, filingId: string) =>
  db.selectFrom('documents').selectAll().where('filing_id', '=', filingId).orderBy('issued_at').orderBy('id').execute();

export const findDocument = (db: Db, filingId: string, documentId: string) =>
  db.selectFrom('documents').selectAll().where('filing_id', '=', filingId).where('id', '=', documentId).executeTakeFirst();

export const findByVerificationCode = (db: Db, code: string) =>
  db
    .selectFrom('documents')
    .innerJoin('filings', 'filings.id', 'documents.filing_id')
    .innerJoin('courts', 'courts.id', 'filings.court_id')
    .select([
      'documents.kind',
      'documents.title',
      'documents.number',
      'documents.sha256',
      'documents.size',
      'documents.issued_at',
      'documents.verification_code',
      'courts.name as court_name',
      'courts.timezone as court_timezone',
    ])
    .where('documents.verification_code', '=', code)
    .executeTakeFirst();
