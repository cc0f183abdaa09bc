import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../../test/render';
import PasswordResetPage from '.';

afterEach(() => vi.unstubAllGlobals());

test('忘记密码: asks for a code, then sets the new password with it; a wrong code shows the localized message', async () => {
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(new Response(JSON.stringify({ sent: true, expiresInSeconds: 600 }), { status: 202 }))
    .mockResolvedValueOnce(new Response(JSON.stringify({ error: { code: 'CODE_INVALID', message: 'x' } }), { status: 422 }))
    .mockResolvedValueOnce(new Response(null, { status: 204 }));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<PasswordResetPage />, { path: '/forgot-password' });

  fireEvent.change(screen.getByLabelText('手机号或电子邮箱'), { target: { value: ' 13800138000 ' } });
  fireEvent.click(screen.getByRole('button', { name: '发送验证码' }));
  expect(await screen.findByText('如果该账号存在，验证码已发送，10 分钟内有效。')).toBeTruthy();
  expect(JSON.parse(String((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body))).toEqual({ login: '13800138000' });

  const code = screen.getByLabelText('验证码');
  expect(code.getAttribute('autocomplete')).toBe('one-time-code');
  expect(code.getAttribute('inputmode')).toBe('numeric');
  fireEvent.change(code, { target: { value: '123456' } });
  fireEvent.change(screen.getByLabelText('新密码'), { target: { value: 'Brand-new-secret-77' } });
  fireEvent.change(screen.getByLabelText('再次输入密码'), { target: { value: 'Brand-new-secret-77' } });
  fireEvent.click(screen.getByRole('button', { name: '设置新密码' }));
  expect(await screen.findByText('验证码不正确或已失效，请重新获取')).toBeTruthy();
  const [url, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
  expect(url).toBe('/api/auth/password-reset/confirm');
  expect(JSON.parse(String(init.body))).toEqual({ login: '13800138000', code: '123456', newPassword: 'Brand-new-secret-77' });

  fireEvent.click(screen.getByRole('button', { name: '设置新密码' }));
  expect(await screen.findByText('密码已重置，所有已登录的设备均已退出。请用新密码登录。')).toBeTruthy();
  await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
}, 30_000);
