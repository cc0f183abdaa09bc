import type { ReviewQueueItem } from '@lian/contract';
import { screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { api } from '../../../../api/endpoints';
import { renderApp } from '../../../../test/render';
import { NextInQueue } from './NextInQueue';

afterEach(() => vi.restoreAllMocks());

const item = (id: string, receiptNumber: string) => ({ id, receiptNumber }) as ReviewQueueItem;

test('links to the most urgent other filing in the queue, and to none when this is the last', async () => {
  vi.spyOn(api, 'reviewQueue').mockResolvedValue({
    items: [item('current', '京0105网立20261121000001'), item('other', '京0105网立20261121000002')],
    counts: { submitted: 2, corrected: 0, insisted: 0 },
  });
  renderApp(<NextInQueue currentId="current" />);
  const link = await screen.findByRole('link', { name: '下一件：京0105网立20261121000002' });
  expect(link.getAttribute('href')).toBe('/workbench/filings/other');
});

test('shows nothing when no other filing waits', async () => {
  const queue = vi
    .spyOn(api, 'reviewQueue')
    .mockResolvedValue({ items: [item('current', 'x')], counts: { submitted: 1, corrected: 0, insisted: 0 } });
  const { container } = renderApp(<NextInQueue currentId="current" />);
  await vi.waitFor(() => expect(queue).toHaveBeenCalled());
  await new Promise((r) => setTimeout(r, 50));
  expect(container.querySelector('a')).toBeNull();
});
