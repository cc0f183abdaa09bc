import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { makeUser, renderApp } from '../../../test/render';
import { IdentityCard } from '../IdentityCard';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const identity = (lawyer: unknown) => ({
  identity: { kind: 'lawyer', verified: true, lastCheck: null, organisation: null, lawyer },
});
const sent = (fetchMock: ReturnType<typeof vi.fn>, i: number) => {
  const [url, init] = fetchMock.mock.calls[i] as unknown as [string, RequestInit | undefined];
  return { url, method: init?.method, body: init?.body ? JSON.parse(String(init.body)) : undefined };
};

test('a lawyer without a certificate on file enters it; a taken number is shown on the field; then it awaits verification', async () => {
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(json(identity(null)))
    .mockResolvedValueOnce(json({ error: { code: 'LAWYER_CERTIFICATE_TAKEN', message: 'x' } }, 409))
    .mockResolvedValueOnce(
      json(identity({ certificateMasked: '1110**********701', lawFirm: '北京补录律师事务所', status: 'pending', refusalReason: null })),
    );
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<IdentityCard />, { path: '/account', me: makeUser(['lawyer']) });

  expect(await screen.findByText(/尚无律师执业证信息/)).toBeTruthy();
  const number = screen.getByLabelText('律师执业证号');
  fireEvent.change(number, { target: { value: '1110120191' } });
  fireEvent.change(screen.getByLabelText('执业机构（律师事务所）'), { target: { value: ' 北京补录律师事务所 ' } });
  fireEvent.click(screen.getByRole('button', { name: /提交核验/ }));
  expect(await screen.findByText('律师执业证号应为 17 位数字')).toBeTruthy();
  expect(fetchMock).toHaveBeenCalledTimes(1);

  fireEvent.change(number, { target: { value: '1110 1201 9100 00701' } });
  fireEvent.click(screen.getByRole('button', { name: /提交核验/ }));
  expect(await screen.findByText(/该执业证号已被其他账户注册/)).toBeTruthy();
  expect(sent(fetchMock, 1)).toEqual({
    url: '/api/me/lawyer-certificate',
    method: 'PUT',
    body: { certificateNumber: '11101201910000701', lawFirm: '北京补录律师事务所' },
  });

  fireEvent.click(screen.getByRole('button', { name: /提交核验/ }));
  expect(await screen.findByText('待法院管理员核验')).toBeTruthy();
  expect(screen.getByText('1110**********701')).toBeTruthy();
  await waitFor(() => expect(screen.queryByLabelText('律师执业证号')).toBeNull());
  expect(screen.getByRole('button', { name: /更正执业证信息/ })).toBeTruthy();
});

test('a verified lawyer sees the form only on asking, with the warning that verification starts again', async () => {
  vi.stubGlobal(
    'fetch',
    vi
      .fn()
      .mockResolvedValue(
        json(identity({ certificateMasked: '1110**********704', lawFirm: '北京示例律师事务所', status: 'verified', refusalReason: null })),
      ),
  );
  renderApp(<IdentityCard />, { path: '/account', me: makeUser(['lawyer']) });
  fireEvent.click(await screen.findByRole('button', { name: /更正执业证信息/ }));
  expect(await screen.findByText(/更换执业证号或执业机构后需重新核验/)).toBeTruthy();
  expect((screen.getByLabelText('执业机构（律师事务所）') as HTMLInputElement).value).toBe('北京示例律师事务所');
  fireEvent.click(screen.getByRole('button', { name: /取\s*消/ }));
  await waitFor(() => expect(screen.queryByLabelText('律师执业证号')).toBeNull());
});

test('a litigant’s identity card has no certificate form', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn().mockResolvedValue(json({ identity: { kind: 'person', verified: true, lastCheck: null, organisation: null, lawyer: null } })),
  );
  renderApp(<IdentityCard />, { path: '/account', me: makeUser(['litigant']) });
  expect(await screen.findByText('已通过实名认证')).toBeTruthy();
  expect(screen.queryByLabelText('律师执业证号')).toBeNull();
  expect(screen.queryByRole('button', { name: /更正执业证信息/ })).toBeNull();
});
