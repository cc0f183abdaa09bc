import { creditCodeCheckChar, residentIdCheckChar } from '@lian/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../../test/render';
import RegisterPage from '.';

afterEach(() => vi.unstubAllGlobals());

const idNumber = `11010519850303123${residentIdCheckChar('11010519850303123')}`;
const credit = `91110105MA01C3DE7${creditCodeCheckChar('91110105MA01C3DE7')}`;

function fillPerson(realNameLabel: string, idLabel: string) {
  fireEvent.change(screen.getByLabelText('手机号或电子邮箱'), { target: { value: 'legal@acme.example' } });
  fireEvent.change(screen.getByLabelText('验证码'), { target: { value: ' 246810 ' } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'Acme-legal-2026' } });
  fireEvent.change(screen.getByLabelText('再次输入密码'), { target: { value: 'Acme-legal-2026' } });
  fireEvent.change(screen.getByLabelText(realNameLabel), { target: { value: '钱经办' } });
  fireEvent.change(screen.getByLabelText(idLabel), { target: { value: idNumber } });
}

test('单位: the kind selector shows the organisation fields; a malformed credit code is caught before sending; the request carries every organisation field and a refusal is shown', async () => {
  const fetchMock = vi.fn().mockResolvedValue(
    new Response(JSON.stringify({ error: { code: 'LOGIN_TAKEN', message: 'x' } }), {
      status: 409,
      headers: { 'content-type': 'application/json' },
    }),
  );
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<RegisterPage />, { path: '/register' });
  expect(screen.queryByLabelText('统一社会信用代码')).toBeNull();
  fireEvent.click(screen.getByText('单位'));
  expect(await screen.findByText(/经办人以本人实名注册/)).toBeTruthy();

  fireEvent.change(screen.getByLabelText('单位名称'), { target: { value: '北京示例科技有限公司' } });
  fireEvent.change(screen.getByLabelText('统一社会信用代码'), { target: { value: '91110105MA01C3DE70' } });
  fireEvent.change(screen.getByLabelText('法定代表人或主要负责人'), { target: { value: '孙法代' } });
  fillPerson('经办人姓名', '经办人身份证号码');
  fireEvent.change(screen.getByLabelText('经办人手机号码'), { target: { value: '13900000011' } });
  fireEvent.click(screen.getByRole('button', { name: '注册并登录' }));
  expect(await screen.findByText('统一社会信用代码校验位不正确，请核对是否输错')).toBeTruthy();
  expect(fetchMock).not.toHaveBeenCalled();

  fireEvent.change(screen.getByLabelText('统一社会信用代码'), { target: { value: credit.toLowerCase() } });
  fireEvent.click(screen.getByRole('button', { name: '注册并登录' }));
  expect(await screen.findAllByText('该手机号或邮箱已注册，请直接登录')).toBeTruthy();
  const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
  expect(url).toBe('/api/auth/register/organisation');
  expect(JSON.parse(String(init.body))).toEqual({
    login: 'legal@acme.example',
    code: '246810',
    password: 'Acme-legal-2026',
    realName: '钱经办',
    idNumber,
    phone: '13900000011',
    organisationName: '北京示例科技有限公司',
    creditCode: credit,
    legalRepresentative: '孙法代',
  });
}, 60_000);

test('律师: the certificate number must have 17 digits; the server refusal of a taken number is shown on that field', async () => {
  const fetchMock = vi.fn().mockResolvedValue(
    new Response(JSON.stringify({ error: { code: 'LAWYER_CERTIFICATE_TAKEN', message: 'x' } }), {
      status: 409,
      headers: { 'content-type': 'application/json' },
    }),
  );
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<RegisterPage />, { path: '/register' });
  fireEvent.click(screen.getByText('律师'));
  fillPerson('真实姓名', '居民身份证号码');
  fireEvent.change(screen.getByLabelText('律师执业证号'), { target: { value: '1110120151012345' } });
  fireEvent.change(screen.getByLabelText('执业机构（律师事务所）'), { target: { value: '北京示例律师事务所' } });
  fireEvent.click(screen.getByRole('button', { name: '注册并登录' }));
  expect(await screen.findAllByText('律师执业证号应为 17 位数字')).toBeTruthy();
  expect(fetchMock).not.toHaveBeenCalled();

  fireEvent.change(screen.getByLabelText('律师执业证号'), { target: { value: '11101 20151 0123456' } });
  fireEvent.click(screen.getByRole('button', { name: '注册并登录' }));
  expect(await screen.findAllByText(/该执业证号已被其他账户注册/)).toBeTruthy();
  await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
  const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
  expect(url).toBe('/api/auth/register/lawyer');
  expect(JSON.parse(String(init.body))).toMatchObject({ certificateNumber: '11101201510123456', lawFirm: '北京示例律师事务所' });
}, 60_000);

test('验证码: 获取验证码 checks the login first, sends the code to it, then counts down; a refusal shows on the code field', async () => {
  const fetchMock = vi
    .fn()
    .mockResolvedValueOnce(
      new Response(JSON.stringify({ sent: true, expiresInSeconds: 600 }), { status: 202, headers: { 'content-type': 'application/json' } }),
    )
    .mockResolvedValueOnce(
      new Response(JSON.stringify({ error: { code: 'CODE_INVALID', message: 'x' } }), {
        status: 422,
        headers: { 'content-type': 'application/json' },
      }),
    );
  vi.stubGlobal('fetch', fetchMock);
  renderApp(<RegisterPage />, { path: '/register' });
  const code = screen.getByLabelText('验证码');
  expect(code.getAttribute('autocomplete')).toBe('one-time-code');
  expect(code.getAttribute('inputmode')).toBe('numeric');

  fireEvent.click(screen.getByRole('button', { name: '获取验证码' }));
  expect(await screen.findByText('请输入手机号或电子邮箱')).toBeTruthy();
  expect(fetchMock).not.toHaveBeenCalled();

  fireEvent.change(screen.getByLabelText('手机号或电子邮箱'), { target: { value: ' 13900000012 ' } });
  fireEvent.click(screen.getByRole('button', { name: '获取验证码' }));
  expect(await screen.findByText(/验证码已发送至 13900000012/)).toBeTruthy();
  const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
  expect(url).toBe('/api/auth/register/code');
  expect(JSON.parse(String(init.body))).toEqual({ login: '13900000012' });
  const again = screen.getByRole('button', { name: /重新获取 \(\d+s\)/ });
  expect(again.hasAttribute('disabled')).toBe(true);

  fillPerson('真实姓名', '居民身份证号码');
  fireEvent.change(screen.getByLabelText('手机号或电子邮箱'), { target: { value: '13900000012' } });
  fireEvent.change(screen.getByLabelText('验证码'), { target: { value: '111111' } });
  fireEvent.click(screen.getByRole('button', { name: '注册并登录' }));
  expect(await screen.findAllByText('验证码不正确或已失效，请重新获取')).toBeTruthy();
  const body = JSON.parse(String((fetchMock.mock.calls[1] as unknown as [string, RequestInit])[1].body)) as { code: string; login: string };
  expect(body).toMatchObject({ login: '13900000012', code: '111111' });
}, 60_000);
