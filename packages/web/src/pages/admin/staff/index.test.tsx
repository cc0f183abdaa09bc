import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { makeUser, renderApp } from '../../../test/render';
import { stubResizeObserver } from '../../../test/resize-observer';
import StaffPage from '.';

afterEach(() => vi.unstubAllGlobals());
beforeEach(stubResizeObserver);

const court = { id: '00000000-0000-4000-8000-0000000000a1', code: '京0105', name: '北京市朝阳区人民法院' };
const member = (over: Record<string, unknown>) => ({
  id: '00000000-0000-4000-8000-0000000000b1',
  login: 'clerk@chaoyang.court.example',
  realName: '王立案',
  roles: ['filing_clerk'],
  courts: [court],
  active: true,
  secondFactorEnrolled: true,
  manageable: true,
  ...over,
});
const list = {
  staff: [
    member({}),
    member({
      id: '00000000-0000-4000-8000-0000000000b2',
      login: 'admin@chaoyang.court.example',
      realName: '赵管理',
      roles: ['court_admin'],
      manageable: false,
    }),
  ],
  scope: { courts: [court], roles: ['filing_clerk', 'judge', 'mediator', 'court_admin', 'auditor'] },
};
// Role queries over the whole page (the table, the layout) take seconds each in jsdom: the dialog is
// found by its role attribute, and buttons by their text within a small scope.
const openedDialog = () =>
  waitFor(() => {
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog) throw new Error('no dialog yet');
    return dialog;
  });
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

test('人员管理: lists staff, offers only the roles the administrator may grant, and creates a member at their court', async () => {
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(json(list))
    .mockResolvedValueOnce(
      json({ member: member({ id: '00000000-0000-4000-8000-0000000000b3', login: 'new@chaoyang.court.example', realName: '新人' }) }, 201),
    )
    .mockResolvedValue(json(list));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<StaffPage />, { path: '/admin', me: makeUser(['court_admin']) });

  const clerkRow = (await screen.findByText('王立案')).closest('tr')!;
  expect(within(clerkRow).getByText('修改角色').closest('button')).toBeTruthy();
  // Oneself: no actions.
  expect(within(screen.getByText('赵管理').closest('tr')!).queryByRole('button')).toBeNull();

  fireEvent.click(screen.getByText(/新增人员/).closest('button')!);
  const dialog = await openedDialog();
  expect(within(dialog).queryByText('系统管理员')).toBeNull();
  fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '新人' } });
  fireEvent.change(within(dialog).getByLabelText('工作邮箱'), { target: { value: 'new@chaoyang.court.example' } });
  fireEvent.click(within(dialog).getByLabelText('立案法官/书记员'));
  fireEvent.click(within(dialog).getByLabelText('调解员'));
  fireEvent.click(
    within(dialog)
      .getByText(/保\s*存/)
      .closest('button')!,
  );
  expect(await screen.findByText('已开通，设置密码的验证码已发送到 new@chaoyang.court.example')).toBeTruthy();
  const [url, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
  expect([url, init.method]).toEqual(['/api/admin/staff', 'POST']);
  expect(JSON.parse(String(init.body))).toEqual({
    realName: '新人',
    login: 'new@chaoyang.court.example',
    roles: ['filing_clerk', 'mediator'],
    courtIds: [court.id],
  });
}, 60_000);

test('人员管理: a refused escalation shows the localized reason', async () => {
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(json(list))
    .mockResolvedValueOnce(json({ error: { code: 'ROLE_ESCALATION_REFUSED', message: 'x' } }, 403));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<StaffPage />, { path: '/admin', me: makeUser(['court_admin']) });
  const clerkRow = (await screen.findByText('王立案')).closest('tr')!;
  fireEvent.click(within(clerkRow).getByText('修改角色').closest('button')!);
  const dialog = await openedDialog();
  fireEvent.click(within(dialog).getByLabelText('法官'));
  fireEvent.click(
    within(dialog)
      .getByText(/保\s*存/)
      .closest('button')!,
  );
  expect(await screen.findByText(/超出您的管理权限/)).toBeTruthy();
  await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
  const [url, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
  expect([url, init.method]).toEqual([`/api/admin/staff/${list.staff[0]!.id}`, 'PUT']);
  expect(JSON.parse(String(init.body))).toEqual({ roles: ['filing_clerk', 'judge'], courtIds: [court.id] });
}, 60_000);
