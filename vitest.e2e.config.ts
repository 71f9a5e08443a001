import { defineConfig } from 'vitest/config';

// End-to-end tests run against the built package (dist/ and the packed tarball), after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
