import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../../test/render';
import EnrolPage from '.';

afterEach(() => vi.unstubAllGlobals());

test('enrolment shows the QR code and key, confirms a code, and shows the recovery codes until "saved" is ticked', async () => {
  const me = {
    id: '00000000-0000-4000-8000-000000000002',
    login: 'clerk@court.example',
    realName: '王立案',
    idNumberMasked: null,
    roles: ['filing_clerk'],
    courts: [],
  };
  const codes = Array.from({ length: 10 }, (_, i) => `abcd${i}-efgh${i}`);
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(
      new Response(
        JSON.stringify({
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
          otpauthUri: 'otpauth://totp/x',
          qrDataUrl: 'data:image/png;base64,AAAA',
        }),
        { status: 200 },
      ),
    )
    .mockResolvedValueOnce(new Response(JSON.stringify({ user: me, recoveryCodes: codes }), { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<EnrolPage />, { path: '/login/authenticator' });

  expect((await screen.findByAltText('身份验证器二维码')).getAttribute('src')).toBe('data:image/png;base64,AAAA');
  expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeTruthy();
  const code = screen.getByLabelText('6 位验证码');
  expect(code.getAttribute('autocomplete')).toBe('one-time-code');
  fireEvent.change(code, { target: { value: '654321' } });
  fireEvent.click(screen.getByRole('button', { name: '确认绑定' }));

  expect(await screen.findByText('abcd0-efgh0')).toBeTruthy();
  expect(screen.getAllByRole('listitem')).toHaveLength(10);
  const go = screen.getByRole('button', { name: /继\s*续/ });
  expect((go as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(screen.getByLabelText('我已保存这些恢复码'));
  await waitFor(() => expect((go as HTMLButtonElement).disabled).toBe(false));
  const [url, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
  expect(url).toBe('/api/auth/second-factor/enrolment/confirm');
  expect(JSON.parse(String(init.body))).toEqual({ code: '654321' });
}, 30_000);
