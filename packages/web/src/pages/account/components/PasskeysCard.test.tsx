import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { makeUser, renderApp } from '../../../test/render';
import { PasskeysCard } from './PasskeysCard';

// The browser's WebAuthn API is not in jsdom: the ceremony itself is the browser's (e2e covers it).
const registration = { id: 'cred-id-0123456789abcdef', rawId: 'cred-id-0123456789abcdef', type: 'public-key', response: {} };
vi.mock('@simplewebauthn/browser', async (original) => ({
  ...(await original<typeof import('@simplewebauthn/browser')>()),
  browserSupportsWebAuthn: () => true,
  startRegistration: vi.fn(async () => registration),
}));

afterEach(() => vi.unstubAllGlobals());

const passkey = (id: string, name: string, lastUsedAt: string | null = null) => ({
  id,
  name,
  createdAt: '2026-11-20T02:00:00Z',
  lastUsedAt,
  synced: true,
});
const json = (body: unknown, status = 200) => new Response(body === null ? null : JSON.stringify(body), { status });
const call = (fetchMock: ReturnType<typeof vi.fn>, i: number) => {
  const [url, init] = fetchMock.mock.calls[i] as unknown as [string, RequestInit | undefined];
  return { url, method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined };
};

test('adds a passkey under the name typed: options, the browser ceremony, then the registration', async () => {
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(json({ passkeys: [] }))
    .mockResolvedValueOnce(json({ options: { challenge: 'abc', rp: { id: 'localhost', name: '立案 Lian' }, user: { id: 'u' } } }))
    .mockResolvedValueOnce(json({ passkey: passkey('00000000-0000-4000-8000-0000000000a1', '办公室电脑') }, 201))
    .mockResolvedValueOnce(json({ passkeys: [passkey('00000000-0000-4000-8000-0000000000a1', '办公室电脑')] }));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<PasskeysCard />, { path: '/account', me: makeUser(['litigant']) });

  expect(await screen.findByText('尚未添加通行密钥')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: /添加通行密钥/ }));
  const dialog = await screen.findByRole('dialog');
  const name = within(dialog).getByLabelText('名称');
  fireEvent.change(name, { target: { value: '  办公室电脑 ' } });
  fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

  expect(await screen.findByText('办公室电脑')).toBeTruthy();
  expect(call(fetchMock, 1)).toMatchObject({ url: '/api/me/passkeys/options', method: 'POST' });
  expect(call(fetchMock, 2)).toEqual({ url: '/api/me/passkeys', method: 'POST', body: { name: '办公室电脑', response: registration } });
  expect(screen.getByText('已同步')).toBeTruthy();
});

test('an empty name is refused before any request', async () => {
  const fetchMock = vi.fn().mockResolvedValueOnce(json({ passkeys: [] }));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<PasskeysCard />, { path: '/account', me: makeUser(['litigant']) });
  fireEvent.click(await screen.findByRole('button', { name: /添加通行密钥/ }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '   ' } });
  fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
  expect(await within(dialog).findByText('请为通行密钥起一个名称')).toBeTruthy();
  expect(fetchMock).toHaveBeenCalledTimes(1);
});

test('removing asks for the password when the server wants it, then sends it', async () => {
  const id = '00000000-0000-4000-8000-0000000000b2';
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(json({ passkeys: [passkey(id, '旧手机', '2026-11-25T03:00:00Z')] }))
    .mockResolvedValueOnce(json({ error: { code: 'REAUTHENTICATION_REQUIRED', message: 'x', details: [] } }, 403))
    .mockResolvedValueOnce(new Response(null, { status: 204 }))
    .mockResolvedValueOnce(json({ passkeys: [] }));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<PasskeysCard />, { path: '/account', me: makeUser(['litigant']) });

  fireEvent.click(await screen.findByRole('button', { name: '删除: 旧手机' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText('删除通行密钥“旧手机”？')).toBeTruthy();
  fireEvent.click(within(dialog).getByRole('button', { name: /删\s*除/ }));
  const password = await within(dialog).findByLabelText('登录密码');
  expect(call(fetchMock, 1)).toEqual({ url: `/api/me/passkeys/${id}/remove`, method: 'POST', body: {} });
  fireEvent.change(password, { target: { value: 'Lian-demo-2026' } });
  fireEvent.click(within(dialog).getByRole('button', { name: /删\s*除/ }));
  await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(4));
  expect(call(fetchMock, 2)).toEqual({ url: `/api/me/passkeys/${id}/remove`, method: 'POST', body: { password: 'Lian-demo-2026' } });
  expect(await screen.findByText('尚未添加通行密钥')).toBeTruthy();
});
