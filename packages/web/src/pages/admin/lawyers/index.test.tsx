import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { makeUser, renderApp } from '../../../test/render';
import { stubResizeObserver } from '../../../test/resize-observer';
import LawyersPage from '.';

afterEach(() => vi.unstubAllGlobals());
beforeEach(stubResizeObserver);

const pending = {
  userId: '00000000-0000-4000-8000-0000000000c1',
  realName: '周律师',
  certificateMasked: '1110**********002',
  lawFirm: '北京示例律师事务所',
  status: 'pending',
  registeredAt: '2026-11-27T08:00:00.000Z',
  decidedAt: null,
  refusalReason: null,
};
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

test('律师核验: shows the masked number, the full one on request, and refuses only with a reason', async () => {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url.startsWith('/api/admin/lawyers?')) return json({ lawyers: url.endsWith('pending') ? [pending] : [] });
    if (url.endsWith('/certificate')) return json({ certificateNumber: '11101201810000002' });
    if (url.endsWith('/refuse') && init?.method === 'POST') return new Response(null, { status: 204 });
    return json({ error: { code: 'NOT_FOUND', message: 'x' } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<LawyersPage />, { path: '/admin/lawyers', me: makeUser(['court_admin']) });

  expect(await screen.findByText('1110**********002')).toBeTruthy();
  fireEvent.click(screen.getByText('查看完整号码'));
  expect(await screen.findByText('11101201810000002')).toBeTruthy();

  fireEvent.click(screen.getByText('不予通过'));
  const dialog = await screen.findByRole('dialog');
  fireEvent.click(within(dialog).getByText('不予通过'));
  expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
  expect(fetchMock.mock.calls.some(([u]) => String(u).endsWith('/refuse'))).toBe(false);

  fireEvent.change(within(dialog).getByLabelText('原因（律师可见）'), { target: { value: ' 执业证号与证书不符 ' } });
  fireEvent.click(within(dialog).getByText('不予通过'));
  await waitFor(() => expect(fetchMock.mock.calls.some(([u]) => String(u).endsWith('/refuse'))).toBe(true));
  const call = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/refuse'))!;
  expect(call[0]).toBe(`/api/admin/lawyers/${pending.userId}/refuse`);
  expect(JSON.parse(String(call[1]?.body))).toEqual({ reason: '执业证号与证书不符' });
  expect(await screen.findByText('已不予通过')).toBeTruthy();
}, 60_000);
