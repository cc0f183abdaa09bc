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
