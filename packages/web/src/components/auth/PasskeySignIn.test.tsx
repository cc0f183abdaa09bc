import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../test/render';
import { PasskeySignIn } from './PasskeySignIn';

// jsdom has no WebAuthn: the browser's part is replaced, the requests to the server are real fetch calls.
const assertion = { id: 'cred-id-0123456789abcdef', rawId: 'cred-id-0123456789abcdef', type: 'public-key', response: {} };
const startAuthentication = vi.fn();
vi.mock('@simplewebauthn/browser', async (original) => ({
  ...(await original<typeof import('@simplewebauthn/browser')>()),
  browserSupportsWebAuthn: () => true,
  browserSupportsWebAuthnAutofill: async () => false,
  startAuthentication: (...args: unknown[]) => startAuthentication(...args),
}));

afterEach(() => {
  vi.unstubAllGlobals();
  startAuthentication.mockReset();
});

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const me = {
  id: '00000000-0000-4000-8000-000000000001',
  login: '138****0001',
  realName: '张三',
  idNumberMasked: null,
  roles: ['litigant'],
  courts: [],
};

test('使用通行密钥登录: asks for options, lets the browser sign them, and sends the assertion to the server', async () => {
  startAuthentication.mockResolvedValue(assertion);
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(json({ options: { challenge: 'c1', rpId: 'localhost', userVerification: 'required' } }))
    .mockResolvedValueOnce(json({ user: me }));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<PasskeySignIn />, { path: '/login' });

  fireEvent.click(screen.getByRole('button', { name: /使用通行密钥登录/ }));
  await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
  expect(startAuthentication).toHaveBeenCalledWith({
    optionsJSON: { challenge: 'c1', rpId: 'localhost', userVerification: 'required' },
    useBrowserAutofill: false,
  });
  const [url, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
  expect(url).toBe('/api/auth/passkey');
  expect(JSON.parse(String(init.body))).toEqual(assertion);
});

test('a refused passkey shows the localized reason; a cancelled ceremony says so quietly', async () => {
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(json({ options: { challenge: 'c2' } }))
    .mockResolvedValueOnce(json({ error: { code: 'PASSKEY_INVALID', message: 'x' } }, 401))
    .mockResolvedValueOnce(json({ options: { challenge: 'c3' } }));
  vi.stubGlobal('fetch', fetchMock);
  startAuthentication.mockResolvedValueOnce(assertion).mockRejectedValueOnce(new DOMException('cancelled', 'NotAllowedError'));
  renderApp(<PasskeySignIn />, { path: '/login' });

  fireEvent.click(screen.getByRole('button', { name: /使用通行密钥登录/ }));
  expect(await screen.findByText('通行密钥验证未通过，请重试或使用密码登录')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: /使用通行密钥登录/ }));
  expect(await screen.findByText('已取消使用通行密钥')).toBeTruthy();
  expect(fetchMock).toHaveBeenCalledTimes(3);
});
