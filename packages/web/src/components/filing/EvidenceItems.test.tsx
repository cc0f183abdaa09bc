import type { FilingView, MaterialView } from '@lian/contract';
import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '../../test/render';
import { EvidenceList } from './EvidenceList';

const m = (id: string, position: number, purpose: string | null): MaterialView =>
  ({
    id,
    kind: 'evidence',
    fileName: `2025年3月1日借条原件扫描件及银行转账电子回单（中国工商银行北京朝阳支行）${id}.pdf`,
    mediaType: 'application/pdf',
    size: 100,
    sha256: 'a'.repeat(64),
    uploadedAt: '2026-11-27T00:00:00.000Z',
    pageCount: 2,
    width: null,
    height: null,
    durationMs: null,
    hasPreview: false,
    evidence: { position, name: `证据${id}`, source: '原告持有', purpose, original: 'copy', pageCount: 2 },
  }) as MaterialView;

test('read-only evidence list: wrapping entries instead of a wide table, missing fields marked', () => {
  const filing = { id: 'f', materials: [m('b', 2, null), m('a', 1, '证明借款')] } as unknown as FilingView;
  const { container } = renderApp(<EvidenceList filing={filing} />);
  expect(container.querySelector('table')).toBeNull();
  const items = [...container.querySelectorAll('ol.evidence-items > li')];
  expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['1. 证据a', '2. 证据b']);
  expect(items[1]!.textContent).toContain('未填写');
  expect(screen.getAllByRole('button', { name: /预览/ })).toHaveLength(2);
});
