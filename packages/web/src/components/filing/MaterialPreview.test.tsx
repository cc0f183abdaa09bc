// The preview's players use short-lived links of the session: the first link handed out, kept while the
// links renew in the background, and a fresh one only when the player reports an error on a link old
// enough to have expired (never a loop of requests for a broken file). The server is the fetch below.
import { fireEvent, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../test/render';
import { MaterialPreview } from './MaterialPreview';

const filingId = '00000000-0000-4000-8000-0000000000f1';
const materialId = '00000000-0000-4000-8000-0000000000a1';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

test('a video plays from its link, and takes a fresh link only once the old one can have expired', async () => {
  let served = 0;
  const fetched: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url);
      served += 1;
      const body = {
        expiresAt: new Date(Date.now() + 300_000).toISOString(),
        links: [{ materialId, contentUrl: `/api/filings/${filingId}/materials/${materialId}/content?token=t${served}`, previewUrl: null }],
      };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  const { container } = renderApp(
    <MaterialPreview filingId={filingId} material={{ id: materialId, fileName: '监控.mp4', mediaType: 'video/mp4', hasPreview: false }} />,
  );
  const video = () => container.querySelector('video');
  await waitFor(() => expect(video()?.getAttribute('src')).toMatch(/content\?token=t1$/));
  expect(fetched).toEqual([`/api/filings/${filingId}/material-links`]);

  // An error right after the link was handed out: the file itself is the problem, no new link is asked for.
  fireEvent.error(video()!);
  await new Promise((r) => setTimeout(r, 50));
  expect(fetched).toHaveLength(1);
  expect(video()?.getAttribute('src')).toMatch(/token=t1$/);

  // Five minutes later the link has expired under the player: it takes a fresh one.
  const now = Date.now();
  vi.spyOn(Date, 'now').mockReturnValue(now + 5 * 60_000);
  fireEvent.error(video()!);
  await waitFor(() => expect(video()?.getAttribute('src')).toMatch(/token=t2$/));
  expect(fetched).toHaveLength(2);
});
