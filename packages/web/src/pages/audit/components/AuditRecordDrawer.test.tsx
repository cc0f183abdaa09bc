// An audit record whose details hold the digest of a free text (a ruling's reason) says what the digest
// is; a record without one does not.
import type { AuditRecord } from '@lian/contract';
import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '../../../test/render';
import { AuditRecordDrawer } from './AuditRecordDrawer';

const record = (detail: Record<string, unknown>): AuditRecord => ({
  id: 7,
  at: '2026-11-27T02:00:00.000Z',
  actor: null,
  action: 'filing.reject',
  outcome: 'success',
  resourceType: 'filing',
  resourceId: '00000000-0000-4000-8000-0000000000f1',
  caseNumber: null,
  requestId: 'r1',
  ip: null,
  detail,
  hash: 'b'.repeat(64),
});

test('explains a reason digest in the details, and only where there is one', async () => {
  const digest = 'c'.repeat(64);
  const { unmount } = renderApp(
    <AuditRecordDrawer record={record({ ground: 'not_this_court', reasonSha256: digest })} onClose={() => {}} />,
  );
  expect(await screen.findByText(/reasonSha256、itemsSha256 是文字内容/)).toBeTruthy();
  expect(screen.getByText(new RegExp(digest))).toBeTruthy();
  unmount();
  renderApp(<AuditRecordDrawer record={record({ documentId: 'x', sha256: digest })} onClose={() => {}} />);
  expect(await screen.findByText(/"documentId"/)).toBeTruthy();
  expect(screen.queryByText(/reasonSha256、itemsSha256 是文字内容/)).toBeNull();
});
