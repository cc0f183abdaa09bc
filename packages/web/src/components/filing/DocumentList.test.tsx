// Issued documents are linked by the short-lived links of this session (GET …/document-links), never by
// their stable URL: the list asks for the links and puts each document's own link on its name.
import { waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../test/render';
import { DocumentList } from './DocumentList';

const filingId = '00000000-0000-4000-8000-0000000000f1';
const docs = ['00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000d2'];

afterEach(() => vi.unstubAllGlobals());

test("each document's name links its PDF by the link handed to this session", async () => {
  const fetched: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url);
      const document = (id: string, kind: string) => ({
        id,
        kind,
        title: kind,
        number: '京0105网立20261127000001',
        fileName: `${kind}.pdf`,
        size: 1000,
        sha256: 'a'.repeat(64),
        verificationCode: 'ABCD-EFGH-JKMN-PQRS',
        issuedAt: '2026-11-27T02:00:00.000Z',
      });
      const body = url.endsWith('/document-links')
        ? {
            expiresAt: new Date(Date.now() + 300_000).toISOString(),
            // In another order than the list: each name must get its own document's link.
            links: [...docs]
              .reverse()
              .map((id) => ({ documentId: id, contentUrl: `/api/filings/${filingId}/documents/${id}/content?token=t-${id.slice(-2)}` })),
          }
        : { documents: [document(docs[0]!, 'filing_receipt'), document(docs[1]!, 'acceptance_notice')] };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  const { container } = renderApp(<DocumentList filingId={filingId} issued={2} />);
  await waitFor(() => expect(container.querySelectorAll('a[href]')).toHaveLength(2));
  const hrefs = [...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  expect(hrefs).toEqual(docs.map((id) => `/api/filings/${filingId}/documents/${id}/content?token=t-${id.slice(-2)}`));
  expect(fetched).toEqual([`/api/filings/${filingId}/documents`, `/api/filings/${filingId}/document-links`]);
});
