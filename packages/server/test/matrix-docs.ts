// The authorization matrix's rows for issued documents' PDFs and their short-lived links
// (authorization-matrix.test.ts spreads them into its route table, after the documents list and before
// the judge is assigned). The links themselves (expiry, other session, tampering) are tested in
// download-links.test.ts; the matrix sends each subject with the link its own session is handed.
import { type Rule, readers } from './matrix-rules.js';

export const documentLinkRouteRules: Record<string, Rule> = {
  // A draft has no documents yet: its filer is authorized but finds none (404 without a denial).
  'GET /api/filings/:id/documents/:docId/content': {
    kind: 'filing',
    action: 'filing.read',
    expect: (s, st) => (st === 'draft' ? 404 : readers(s, st)),
    denied: (s, st) => readers(s, st) !== 200,
  },
  'GET /api/filings/:id/document-links': { kind: 'filing', action: 'filing.read', expect: readers },
};
