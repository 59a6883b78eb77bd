import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/temporary-folder.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser and build tests start processes; two cores are shared between them.
    maxWorkers: 2,
  },
});
