import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A guard against hangs, not a speed check: shared machines run some tests many times slower.
    testTimeout: 30_000,
  },
});
