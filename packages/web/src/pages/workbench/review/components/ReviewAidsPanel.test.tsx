import type { ReviewAids } from '@lian/contract';
import { screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { api } from '../../../../api/endpoints';
import { ApiError } from '../../../../api/client';
import { renderApp } from '../../../../test/render';
import { ReviewAidsPanel } from './ReviewAidsPanel';

afterEach(() => vi.restoreAllMocks());

const aids: ReviewAids = {
  completeness: [
    { section: 'materials', path: 'materials.identity', text: '请提交原告的身份证明材料' },
    { section: 'defendants', path: 'defendants.0.address', text: '请填写被告的住所地' },
  ],
  jurisdiction: {
    area: '北京市朝阳区',
    overall: 'within',
    hints: [
      { ground: 'defendant_domicile', subject: '李四', result: 'within', basis: '民事诉讼法第二十二条' },
      { ground: 'contract_place', subject: '', result: 'unknown', reason: 'not_in_form', basis: '民事诉讼法第二十四条' },
    ],
  },
  duplicates: {
    months: 6,
    since: '2026-05-28',
    items: [
      {
        id: '00000000-0000-4000-8000-0000000000d1',
        receiptNumber: '京0105网立20261120000003',
        caseNumber: null,
        state: 'submitted',
        plaintiffs: ['张三'],
        defendants: ['李四'],
        court: '北京市朝阳区人民法院',
        sameCourt: true,
        submittedOn: '2026-11-20',
        causeOfAction: '民间借贷纠纷',
      },
      { court: '北京市海淀区人民法院', sameCourt: false, submittedOn: '2026-10-01', causeOfAction: '民间借贷纠纷' },
    ],
  },
};

test('shows the jurisdiction hints with their basis and the duplicates, linking only to readable ones', async () => {
  vi.spyOn(api, 'reviewAids').mockResolvedValue(aids);
  renderApp(<ReviewAidsPanel filingId="f1" />);
  expect(await screen.findByText('本院辖区：北京市朝阳区')).toBeTruthy();
  expect(screen.getByText(/按立案材料规则发现 2 项缺漏/)).toBeTruthy();
  expect(screen.getByText('请填写被告的住所地')).toBeTruthy();
  expect(screen.getByText('被告住所地（李四）')).toBeTruthy();
  expect(screen.getByText('辖区内')).toBeTruthy();
  expect(screen.getByText('立案材料未载明，请查阅合同或起诉状 · 民事诉讼法第二十四条')).toBeTruthy();
  const link = screen.getByRole('link', { name: '京0105网立20261120000003' });
  expect(link.getAttribute('href')).toBe('/workbench/filings/00000000-0000-4000-8000-0000000000d1');
  expect(screen.getByText('其他法院的立案申请（无权查看详情）')).toBeTruthy();
  expect(screen.getAllByRole('link')).toHaveLength(1);
  expect(screen.getByText(/近 6 个月内有 2 件当事人和案由相同的立案申请/)).toBeTruthy();
});

test('shows nothing to staff who may not see the aids (404)', async () => {
  vi.spyOn(api, 'reviewAids').mockRejectedValue(new ApiError(404, 'NOT_FOUND', 'not found'));
  const { container } = renderApp(<ReviewAidsPanel filingId="f1" />);
  await vi.waitFor(() => expect(container.querySelector('.ant-card')).toBeNull());
});
