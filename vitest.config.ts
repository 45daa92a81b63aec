import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run the SDK from its sources (the package's `tandem-source` export), so an SDK change needs no build.
  resolve: { conditions: ['tandem-source'] },
  ssr: { resolve: { conditions: ['tandem-source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
