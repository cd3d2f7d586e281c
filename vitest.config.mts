import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    globalSetup: ['tests/browserCheck.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
