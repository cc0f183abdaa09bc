// Browser journeys: the built web UI and the real server, driven in Debian's Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // The machine may be busy: a page can take seconds to settle, so expect.poll waits up to 15 s (default 1 s).
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
