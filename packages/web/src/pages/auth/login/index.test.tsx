import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../../test/render';
import LoginPage from '.';

afterEach(() => vi.unstubAllGlobals());

test('a refused sign-in shows the localized message and sends the CSRF header', async () => {
  const fetchMock = vi.fn(
    async () => new Response(JSON.stringify({ error: { code: 'BAD_CREDENTIALS', message: 'bad credentials' } }), { status: 401 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<LoginPage />, { path: '/login' });

  fireEvent.change(screen.getByLabelText('手机号或电子邮箱'), { target: { value: '13800138000' } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'wrong-password' } });
  fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));

  expect(await screen.findByText('账号或密码错误')).toBeTruthy();
  await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
  const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
  expect(url).toBe('/api/auth/login');
  expect(init.method).toBe('POST');
  expect((init.headers as Record<string, string>)['X-Requested-With']).toBe('lian');
  expect(init.credentials).toBe('same-origin');
  expect(JSON.parse(String(init.body))).toEqual({ login: '13800138000', password: 'wrong-password' });
});

test('court staff: after the password the page asks for the authenticator code, or a recovery code', async () => {
  const me = {
    id: '00000000-0000-4000-8000-000000000002',
    login: 'clerk@court.example',
    realName: '王立案',
    idNumberMasked: null,
    roles: ['filing_clerk'],
    courts: [],
  };
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(
      new Response(JSON.stringify({ challenge: { step: 'totp', expiresAt: '2026-11-27T08:05:00Z' } }), { status: 200 }),
    )
    .mockResolvedValueOnce(new Response(JSON.stringify({ error: { code: 'SECOND_FACTOR_INVALID', message: 'x' } }), { status: 401 }))
    .mockResolvedValueOnce(new Response(JSON.stringify({ user: me }), { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<LoginPage />, { path: '/login' });

  fireEvent.change(screen.getByLabelText('手机号或电子邮箱'), { target: { value: 'clerk@court.example' } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'Lian-demo-2026' } });
  fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));

  const code = await screen.findByLabelText('6 位验证码');
  expect(code.getAttribute('autocomplete')).toBe('one-time-code');
  expect(code.getAttribute('inputmode')).toBe('numeric');
  expect(screen.getByRole('heading', { name: '两步验证' })).toBeTruthy();

  fireEvent.change(code, { target: { value: '123456' } });
  fireEvent.click(screen.getByRole('button', { name: '验证并登录' }));
  expect(await screen.findByText('验证码不正确或已使用过，请输入身份验证器上的最新验证码')).toBeTruthy();
  const [url, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
  expect(url).toBe('/api/auth/second-factor');
  expect(JSON.parse(String(init.body))).toEqual({ code: '123456' });

  fireEvent.click(screen.getByRole('button', { name: '无法使用身份验证器？使用恢复码' }));
  const recovery = await screen.findByLabelText('恢复码');
  fireEvent.change(recovery, { target: { value: 'abcde-fghjk' } });
  fireEvent.click(screen.getByRole('button', { name: '验证并登录' }));
  await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
  expect(JSON.parse(String((fetchMock.mock.calls[2] as unknown as [string, RequestInit])[1].body))).toEqual({ code: 'abcde-fghjk' });
}, 30_000);
