import type { FeeStatus } from '@lian/contract';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { feesApi, goTo } from '../../api/fees';
import { renderApp } from '../../test/render';
import { FeeCard } from './FeeCard';

const id = '00000000-0000-4000-8000-0000000000f1';
const fee = {
  totalFen: 105_000,
  lines: [],
  reductions: [],
  explanation: { 'zh-CN': '按财产案件受理费标准分段累计计算：合计 1,050.00 元。', en: 'Property case: 1,050.00 yuan in total.' },
};
const due: FeeStatus = {
  status: 'due',
  fee,
  amountDueFen: 105_000,
  dueDate: '2026-11-09',
  daysLeft: 3,
  paidFen: 0,
  paidAt: null,
  applications: [],
  refunds: [],
  can: { pay: true, applyForAid: true, decideAid: false },
};

afterEach(() => vi.restoreAllMocks());

test('shows the amount due, the due date with days left and the explanation; Pay goes to the gateway page', async () => {
  vi.spyOn(feesApi, 'status').mockResolvedValue({ fees: due });
  const start = vi.spyOn(feesApi, 'startPayment').mockResolvedValue({ orderId: id, amountFen: 105_000, redirectUrl: '/pay/sim?s=abc' });
  const go = vi.spyOn(goTo, 'url').mockImplementation(() => undefined);
  renderApp(<FeeCard filingId={id} materials={[]} />);
  expect(await screen.findByText('¥1,050.00')).toBeTruthy();
  expect(screen.getByTestId('fee-status').textContent).toBe('待缴费');
  expect(screen.getByText('还剩 3 天')).toBeTruthy();
  expect(screen.getByText(/2026-11-09/)).toBeTruthy();
  expect(screen.getByText(/分段累计计算/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: /去缴费/ }));
  await waitFor(() => expect(go).toHaveBeenCalledWith('/pay/sim?s=abc'));
  expect(start).toHaveBeenCalledWith(id);
});

test('once paid: 已缴费 with the amount, no Pay button, and refunds with their reason and basis', async () => {
  vi.spyOn(feesApi, 'status').mockResolvedValue({
    fees: {
      ...due,
      status: 'paid',
      amountDueFen: null,
      dueDate: null,
      daysLeft: null,
      paidFen: 105_000,
      paidAt: '2026-11-03T02:00:00.000Z',
      refunds: [
        {
          id,
          amountFen: 105_000,
          reason: 'duplicate_payment',
          basis: '同一案件受理费已经交纳，重复交纳的款项予以退还',
          createdAt: '2026-11-03T03:00:00.000Z',
        },
      ],
      can: { pay: false, applyForAid: false, decideAid: false },
    },
  });
  renderApp(<FeeCard filingId={id} materials={[]} />);
  expect((await screen.findByTestId('fee-status')).textContent).toBe('已缴费');
  expect(screen.queryByRole('button', { name: /去缴费/ })).toBeNull();
  expect(screen.getByText('重复缴费')).toBeTruthy();
  expect(screen.getByTestId('fee-refunds').textContent).toContain('重复交纳的款项予以退还');
});

test('overdue and a pending application: says so, and offers no second application', async () => {
  vi.spyOn(feesApi, 'status').mockResolvedValue({
    fees: {
      ...due,
      daysLeft: -2,
      applications: [
        {
          id,
          type: 'deferral',
          grounds: [{ id: 'other-deferral', label: { 'zh-CN': '确实需要缓交的其他情形', en: 'other' }, source: '第四十七条' }],
          reductionPercent: null,
          otherDescription: '工资被拖欠',
          statement: '本人工资被拖欠三个月，暂时无力交纳。',
          proofMaterialIds: [],
          state: 'pending',
          createdAt: '2026-11-03T02:00:00.000Z',
          decidedAt: null,
          grantedPercent: null,
          deferredUntil: null,
          decisionReason: null,
        },
      ],
      can: { pay: true, applyForAid: false, decideAid: false },
    },
  });
  renderApp(<FeeCard filingId={id} materials={[]} />);
  expect(await screen.findByText('已逾期 2 天')).toBeTruthy();
  expect(screen.getByText(/审查期间不会按撤诉处理/)).toBeTruthy();
  expect(screen.getByText('审查中')).toBeTruthy();
  expect(screen.queryByRole('button', { name: /申请司法救助/ })).toBeNull();
});
