import type { JudgeCaseItem, JudgeCasesResponse } from '@lian/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { makeUser, renderApp } from '../../../test/render';
import { stubResizeObserver } from '../../../test/resize-observer';
import JudgeCasesPage from '.';

const court = { id: '00000000-0000-4000-8000-0000000000a1', code: '京0105', name: '北京市朝阳区人民法院' };
const item = (n: number, fee: JudgeCaseItem['fee'], over: Partial<JudgeCaseItem> = {}): JudgeCaseItem => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  caseNumber: `（2026）京0105民初${n}号`,
  court,
  causeOfAction: { code: '9.2.1.1', name: '民间借贷纠纷' },
  plaintiffNames: ['张三'],
  defendantNames: ['李四'],
  claimAmountFen: 5_000_000,
  procedure: 'simplified',
  acceptedAt: '2026-11-03T02:00:00Z',
  assignedAt: '2026-11-04T03:00:00Z',
  fee,
  ...over,
});
const counts = { due: 1, aid_pending: 0, paid: 1, waived: 0, lapsed: 0 };
const cases: JudgeCasesResponse = {
  items: [
    item(1, { state: 'due', amountFen: 25_000, dueDate: '2026-11-11', daysLeft: 3 }),
    item(
      2,
      { state: 'paid', amountFen: 25_000, dueDate: null, daysLeft: null },
      { plaintiffNames: ['王五'], defendantNames: ['北京某公司'] },
    ),
  ],
  total: 2,
  counts,
};
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const urls = (fetchMock: ReturnType<typeof vi.fn>) => fetchMock.mock.calls.map((c) => new URL(String(c[0]), 'http://x'));

/** An element whose own text, children included, is exactly `text` (the parties span holds nested spans). */
const wholeText = (text: string) => (_: string, el: Element | null) =>
  el?.textContent === text && ![...(el.children ?? [])].some((c) => c.textContent === text);

/** antd's breakpoints read `(min-width: …)` queries: matching them all makes the screen wide. */
function wideScreen() {
  const original = window.matchMedia;
  window.matchMedia = ((query: string) => ({ ...original(query), matches: query.includes('min-width') })) as typeof window.matchMedia;
  return () => (window.matchMedia = original);
}

let restore: (() => void) | null = null;
beforeEach(stubResizeObserver);
afterEach(() => {
  vi.unstubAllGlobals();
  restore?.();
  restore = null;
});

test('on a phone: one card per case with its case number, parties, cause and fee state', async () => {
  const fetchMock = vi.fn().mockImplementation(() => Promise.resolve(json(cases)));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<JudgeCasesPage />, { path: '/cases', me: makeUser(['judge']) });

  const link = await screen.findByRole('link', { name: '（2026）京0105民初1号' });
  expect(link.getAttribute('href')).toBe('/cases/00000000-0000-4000-8000-000000000001');
  const card = link.closest('.ant-card') as HTMLElement;
  expect(within(card).getByText(wholeText('张三 诉 李四'))).toBeTruthy();
  expect(within(card).getByText('民间借贷纠纷')).toBeTruthy();
  expect(within(card).getByText('待缴费')).toBeTruthy();
  expect(within(card).getByText('2026-11-11 前交纳 · 还剩 3 天')).toBeTruthy();
  expect(within(card).getByText('2026-11-03')).toBeTruthy();
  expect(within(card).getByText('2026-11-04')).toBeTruthy();
  expect(screen.getByRole('button', { name: '查看 （2026）京0105民初2号' })).toBeTruthy();
  expect(screen.getByText('已缴费')).toBeTruthy();
  expect(screen.getByText('共 2 件')).toBeTruthy();
  expect(document.querySelector('.ant-table')).toBeNull();
  expect(urls(fetchMock)[0]!.pathname).toBe('/api/judge/cases');
  expect(urls(fetchMock)[0]!.searchParams.get('offset')).toBe('0');
});

test('with no case assigned yet, says what will appear here', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn().mockImplementation(() => Promise.resolve(json({ items: [], total: 0, counts: { ...counts, due: 0, paid: 0 } }))),
  );
  renderApp(<JudgeCasesPage />, { path: '/cases', me: makeUser(['judge']) });
  expect(await screen.findByText('暂无分配给您的案件')).toBeTruthy();
  expect(screen.getByText(/立案庭登记立案并将案件指派给您后，案件会出现在这里/)).toBeTruthy();
});

test('on a wide screen: a table; searching and filtering by fee state ask the server again', async () => {
  restore = wideScreen();
  const fetchMock = vi.fn().mockImplementation((url: string) => {
    const q = new URL(url, 'http://x').searchParams;
    if (q.get('q') === '无此人') return Promise.resolve(json({ items: [], total: 0, counts }));
    if (q.get('feeState') === 'paid') return Promise.resolve(json({ items: [cases.items[1]], total: 1, counts }));
    return Promise.resolve(json(cases));
  });
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<JudgeCasesPage />, { path: '/cases', me: makeUser(['judge']) });

  const row = (await screen.findByRole('link', { name: '（2026）京0105民初1号' })).closest('tr')!;
  expect(within(row).getByText(wholeText('张三 诉 李四'))).toBeTruthy();
  expect(within(row).getByText('简易程序'), 'the procedure column on the widest screens').toBeTruthy();
  expect(within(row).getByRole('button', { name: '查看 （2026）京0105民初1号' })).toBeTruthy();

  const select = screen.getByRole('combobox', { name: '缴费情况' });
  fireEvent.mouseDown(select);
  fireEvent.click(await screen.findByText('已缴费 (1)'));
  await waitFor(() => expect(screen.queryByRole('link', { name: '（2026）京0105民初1号' })).toBeNull());
  expect(screen.getByRole('link', { name: '（2026）京0105民初2号' })).toBeTruthy();
  expect(urls(fetchMock).at(-1)!.searchParams.get('feeState')).toBe('paid');

  const search = screen.getByRole('searchbox', { name: '案号或当事人姓名、名称' });
  fireEvent.change(search, { target: { value: '无此人' } });
  fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
  expect(await screen.findByText('没有符合条件的案件')).toBeTruthy();
  const last = urls(fetchMock).at(-1)!.searchParams;
  expect([last.get('q'), last.get('feeState')]).toEqual(['无此人', 'paid']);
});
