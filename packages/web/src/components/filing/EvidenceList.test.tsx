import type { FilingView, MaterialView } from '@lian/contract';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { api } from '../../api/endpoints';
import { renderApp } from '../../test/render';
import { EvidenceList } from './EvidenceList';

const material = (id: string, position: number, over: Partial<MaterialView> = {}): MaterialView => ({
  id,
  kind: 'evidence',
  fileName: `${id}.pdf`,
  mediaType: 'application/pdf',
  size: 100,
  sha256: 'a'.repeat(64),
  uploadedAt: '2026-11-27T00:00:00.000Z',
  pageCount: 2,
  width: null,
  height: null,
  durationMs: null,
  hasPreview: false,
  evidence: {
    position,
    name: `证据${id}`,
    source: '原告持有',
    purpose: position === 2 ? null : '证明借款',
    original: 'copy',
    pageCount: 2,
  },
  ...over,
});
// Out of order on purpose: the list follows `evidence.position`.
const filing = {
  id: '00000000-0000-4000-8000-0000000000f1',
  materials: [material('b', 2), material('a', 1), material('c', 3)],
} as unknown as FilingView;

afterEach(() => vi.restoreAllMocks());
// antd's Table measures itself; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

test('lists the evidence in its order; up and down buttons move a row and send the whole order', async () => {
  const reorder = vi.spyOn(api, 'reorderEvidence').mockResolvedValue({ materials: [] });
  const onChanged = vi.fn();
  const { container } = renderApp(<EvidenceList filing={filing} onChanged={onChanged} />);
  const rows = [...container.querySelectorAll('tbody tr.ant-table-row')];
  expect(rows.map((r) => r.querySelectorAll('td')[1]!.textContent)).toEqual(['证据a', '证据b', '证据c']);
  // A missing purpose is marked, not left blank.
  expect(rows[1]!.querySelectorAll('td')[3]!.textContent).toBe('未填写');
  const button = (label: string) => screen.getByLabelText(label).closest('button')!;
  expect(button('上移 a.pdf').disabled).toBe(true);
  expect(button('下移 c.pdf').disabled).toBe(true);
  fireEvent.click(button('下移 a.pdf'));
  await waitFor(() => expect(reorder).toHaveBeenCalledWith(filing.id, ['b', 'a', 'c']));
  await waitFor(() => expect(onChanged).toHaveBeenCalled());
}, 30_000);

test('read-only: no ordering, editing, replacing or removing, but a preview', () => {
  const { container } = renderApp(<EvidenceList filing={filing} />);
  const labels = [...container.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
  expect(labels.filter((l) => /上移|下移|填写|替换|删除/.test(l ?? ''))).toEqual([]);
  expect(labels.filter((l) => /预览/.test(l ?? ''))).toHaveLength(3);
}, 30_000);
