import type { FeeView, FilingView } from '@lian/contract';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { type AcceptPreview, api } from '../../../../api/endpoints';
import { renderApp } from '../../../../test/render';
import { AcceptModal } from './AcceptModal';

afterEach(() => vi.restoreAllMocks());
// antd's Table (the fee breakdown) measures itself; jsdom has no ResizeObserver.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const fee = (totalFen: number, label: string): FeeView => ({
  totalFen,
  lines: [{ label: { 'zh-CN': label, en: label }, baseFen: 0, rate: null, amountFen: totalFen, source: '诉讼费用交纳办法第十三条' }],
  reductions: [],
  explanation: { 'zh-CN': label, en: label },
});

test('suggests the fee category from the cause of action, previews another, and registers with the clerk’s choice', async () => {
  const preview = vi.spyOn(api, 'acceptPreview').mockImplementation(async (_id, procedure, feeCategory): Promise<AcceptPreview> => ({
    suggestedProcedure: 'ordinary',
    procedure,
    fee: feeCategory === 'property' ? fee(105_000, '财产案件') : fee(1_000, '劳动争议每件'),
    feeDueDate: '2026-12-07',
    suggestedFeeCategory: 'labour-dispute',
    feeCategory: feeCategory ?? 'labour-dispute',
    feeCategoryBasis: feeCategory === 'property' ? '诉讼费用交纳办法第十三条第（一）项' : '诉讼费用交纳办法第十三条第（四）项',
    matchedHeading: '劳动争议',
  }));
  const accept = vi.spyOn(api, 'acceptFiling').mockResolvedValue({ filing: { id: 'f1' } as FilingView });
  const onDone = vi.fn();
  renderApp(<AcceptModal filing={{ id: 'f1' } as FilingView} open onClose={() => undefined} onDone={onDone} />);
  expect(await screen.findByText('劳动争议案件（建议）')).toBeTruthy();
  expect(screen.getByText(/依案由“劳动争议”建议/)).toBeTruthy();
  expect(screen.getAllByText('¥10.00').length).toBeGreaterThan(0);

  fireEvent.mouseDown(screen.getByLabelText('受理费类别'));
  fireEvent.click(await screen.findByTitle('财产案件'));
  await waitFor(() => expect(preview).toHaveBeenLastCalledWith('f1', 'ordinary', 'property'));
  expect((await screen.findAllByText('¥1,050.00')).length).toBeGreaterThan(0);

  fireEvent.click(screen.getByRole('button', { name: /确认立案/ }));
  await waitFor(() => expect(accept).toHaveBeenCalledWith('f1', 'ordinary', 'property'));
  await waitFor(() => expect(onDone).toHaveBeenCalled());
});
