import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests of what ships read dist/: build it once, from the same code, before any test runs.
    globalSetup: ['test/setup/build-dist.ts'],
    // expect.poll waits for the browser and the engine; 1 s (the default) is short on a busy
    // two-core CI machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
