// Browser journeys: the built web UI and the real server, driven in Debian's Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A page that renders after a request can take more than the default 1 s on a loaded CI machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
