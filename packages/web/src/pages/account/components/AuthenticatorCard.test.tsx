import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { makeUser, renderApp } from '../../../test/render';
import { AuthenticatorCard } from './AuthenticatorCard';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const sent = (fetchMock: ReturnType<typeof vi.fn>, i: number) => {
  const [url, init] = fetchMock.mock.calls[i] as unknown as [string, RequestInit | undefined];
  return { url, body: init?.body ? JSON.parse(String(init.body)) : undefined };
};
const codes = Array.from({ length: 10 }, (_, i) => `kq2m${i}-x9c4v`);

test('a litigant turns the authenticator on: QR code, a wrong code is reported, a right one shows the recovery codes once', async () => {
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(json({ enrolled: false, required: false, recoveryCodesLeft: 0 }))
    .mockResolvedValueOnce(json({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x', qrDataUrl: 'data:image/png;base64,QQ==' }))
    .mockResolvedValueOnce(json({ error: { code: 'SECOND_FACTOR_INVALID', message: 'x' } }, 401))
    .mockResolvedValueOnce(json({ recoveryCodes: codes }))
    .mockResolvedValue(json({ enrolled: true, required: false, recoveryCodesLeft: 10 }));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<AuthenticatorCard />, { path: '/account', me: makeUser(['litigant']) });

  expect(await screen.findByText('未启用')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: /启用身份验证器/ }));
  expect((await screen.findByAltText('身份验证器二维码')).getAttribute('src')).toBe('data:image/png;base64,QQ==');
  expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeTruthy();

  fireEvent.change(screen.getByLabelText('6 位验证码'), { target: { value: '111111' } });
  fireEvent.click(screen.getByRole('button', { name: '确认绑定' }));
  expect(await screen.findByText(/验证码不正确/)).toBeTruthy();
  fireEvent.change(screen.getByLabelText('6 位验证码'), { target: { value: '222222' } });
  fireEvent.click(screen.getByRole('button', { name: '确认绑定' }));

  expect(await screen.findByText('kq2m0-x9c4v')).toBeTruthy();
  expect(sent(fetchMock, 3)).toEqual({ url: '/api/me/second-factor/enrolment/confirm', body: { code: '222222' } });
  const go = screen.getByRole('button', { name: /继\s*续/ });
  expect((go as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(screen.getByLabelText('我已保存这些恢复码'));
  await waitFor(() => expect((go as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(go);
  expect(await screen.findByText('已启用')).toBeTruthy();
  expect(screen.getByText('剩余恢复码 10 个')).toBeTruthy();
  expect(screen.queryByText('kq2m0-x9c4v')).toBeNull();
});

test('turning it off sends the code or recovery code typed', async () => {
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(json({ enrolled: true, required: false, recoveryCodesLeft: 9 }))
    .mockResolvedValueOnce(new Response(null, { status: 204 }))
    .mockResolvedValue(json({ enrolled: false, required: false, recoveryCodesLeft: 0 }));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<AuthenticatorCard />, { path: '/account', me: makeUser(['lawyer']) });

  fireEvent.click(await screen.findByRole('button', { name: /关闭两步验证/ }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByLabelText('验证码或恢复码'), { target: { value: ' kq2m0-x9c4v ' } });
  fireEvent.click(within(dialog).getByRole('button', { name: /关闭两步验证/ }));
  expect(await screen.findByText('未启用')).toBeTruthy();
  expect(sent(fetchMock, 1)).toEqual({ url: '/api/me/second-factor/disable', body: { code: 'kq2m0-x9c4v' } });
});

test('court staff see that theirs is required, with no way to turn it off', async () => {
  vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json({ enrolled: true, required: true, recoveryCodesLeft: 8 })));
  renderApp(<AuthenticatorCard />, { path: '/account', me: makeUser(['filing_clerk']) });
  expect(await screen.findByText(/法院工作人员必须使用身份验证器/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: /关闭两步验证/ })).toBeNull();
  expect(screen.queryByRole('button', { name: /启用身份验证器/ })).toBeNull();
});
