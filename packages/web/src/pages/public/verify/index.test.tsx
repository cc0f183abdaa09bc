import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, expect, test, vi } from 'vitest';
import { sameHash, sha256Hex } from '../../../lib/sha256';
import { renderApp } from '../../../test/render';
import VerifyPage from '.';

afterEach(() => vi.unstubAllGlobals());

const pdf = new TextEncoder().encode('%PDF-1.7 the genuine receipt');
// SHA-256 of the bytes above, computed independently (sha256sum).
const pdfSha = '204261fb480024829fbb4914efc58a159c763066cdf841c73d3b9c225d038490';

function stubVerify(sha256: string) {
  const fetchMock = vi.fn(
    async () =>
      new Response(
        JSON.stringify({
          document: {
            court: { name: '北京市朝阳区人民法院' },
            kind: 'filing_receipt',
            title: '收到诉状凭证',
            number: '京0105网立20261127000001',
            issuedAt: '2026-11-27T06:03:00.000Z',
            issuedOn: '2026-11-27',
            sha256,
            size: pdf.length,
            verificationCode: 'ABCD-1234-EFGH-5678',
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const renderVerify = () =>
  renderApp(
    <Routes>
      <Route path="/verify/:code" element={<VerifyPage />} />
    </Routes>,
    { path: '/verify/ABCD-1234-EFGH-5678' },
  );

test('sha256Hex hashes a file as sha256sum does', async () => {
  expect(await sha256Hex(new Blob([new TextEncoder().encode('abc')]))).toBe(
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
  expect(sameHash('ABCDEF', ' abcdef ')).toBe(true);
  expect(sameHash('abcdef', 'abcdee')).toBe(false);
});

test('shows what the code vouches for and says "match" for the genuine file', async () => {
  const fetchMock = stubVerify(pdfSha);
  renderVerify();
  expect(await screen.findByText('北京市朝阳区人民法院')).toBeTruthy();
  expect(screen.getByText(pdfSha)).toBeTruthy();
  expect(String(fetchMock.mock.calls[0]![0 as never])).toBe('/api/verify/ABCD-1234-EFGH-5678');
  fireEvent.change(screen.getByLabelText('选择 PDF 文件'), {
    target: { files: [new File([pdf], '凭证.pdf', { type: 'application/pdf' })] },
  });
  expect(await screen.findByText('一致：该文件与法院出具的文书完全相同')).toBeTruthy();
});

test('says "no match" for a file that differs by one byte', async () => {
  stubVerify(pdfSha);
  renderVerify();
  await screen.findByText('北京市朝阳区人民法院');
  const changed = pdf.slice();
  changed[changed.length - 1] = changed.at(-1)! ^ 1;
  fireEvent.change(screen.getByLabelText('选择 PDF 文件'), { target: { files: [new File([changed], '凭证.pdf')] } });
  expect(await screen.findByText('不一致：该文件不是法院出具的原文件')).toBeTruthy();
  expect(screen.queryByText('一致：该文件与法院出具的文书完全相同')).toBeNull();
});

test('an unknown code shows the localized message', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ error: { code: 'VERIFICATION_CODE_UNKNOWN', message: 'x' } }), { status: 404 })),
  );
  renderVerify();
  expect(await screen.findByText('没有找到与该核验码对应的文书，请核对核验码')).toBeTruthy();
});
