import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests of what ships read dist/: build it once, from the same code, before any test runs.
    globalSetup: ['test/setup/build-dist.ts'],
  },
});
