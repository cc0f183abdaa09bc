// Reads of the authorization matrix (authorization-matrix.test.ts): what a refused request must leave
// unchanged, and the ids its routes are sent with.
import type { Db } from '../src/infra/db.js';
import type { Client } from './client.js';

export async function snapshot(db: Db, id: string) {
  const f = await db.selectFrom('filings').select(['state', 'updated_at', 'case_number']).where('id', '=', id).executeTakeFirstOrThrow();
  const count = async (table: 'materials' | 'filing_events' | 'documents') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('filing_id', '=', id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    state: f.state,
    updatedAt: new Date(f.updated_at).getTime(),
    caseNumber: f.case_number,
    materials: await count('materials'),
    events: await count('filing_events'),
    documents: await count('documents'),
  };
}

export const firstMaterial = async (db: Db, id: string) =>
  (await db.selectFrom('materials').select('id').where('filing_id', '=', id).orderBy('uploaded_at').executeTakeFirstOrThrow()).id;
/** The evidence files of a filing, in list order (an image: it has a preview). */
export const evidenceIds = async (db: Db, id: string) =>
  (
    await db
      .selectFrom('materials')
      .select('id')
      .where('filing_id', '=', id)
      .where('kind', '=', 'evidence')
      .orderBy('evidence_position')
      .execute()
  ).map((m) => m.id);
export const firstDocument = async (db: Db, id: string) =>
  (await db.selectFrom('documents').select('id').where('filing_id', '=', id).orderBy('issued_at').executeTakeFirst())?.id;

/**
 * A material's file or preview URL, or an issued document's PDF URL, as `client` is handed it (a short-lived
 * download link of its session), or the bare URL with a token that opens nothing when it is handed none:
 * the route must then refuse.
 */
export async function linkedUrl(client: Client, filingId: string, url: string): Promise<string> {
  type Links = { links?: Array<{ contentUrl: string; previewUrl?: string | null }> };
  const of = url.includes('/documents/') ? 'document' : 'material';
  const r = await client.get<Links>(`/api/filings/${filingId}/${of}-links`);
  const handed = r.body.links?.flatMap((l) => [l.contentUrl, l.previewUrl]).find((u) => u?.startsWith(`${url}?`));
  return handed ?? `${url}?token=none`;
}
