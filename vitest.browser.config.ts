import { defineConfig } from 'vitest/config';

/** Browser tests: build the site, serve it with nginx, drive Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
