import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
    // Ink holds back every frame but the last when it thinks it runs in CI (is-in-ci reads CI
    // once, when Ink loads). The TUI tests check the frames a person sees, in CI too.
    env: { CI: 'false', CONTINUOUS_INTEGRATION: 'false' },
  },
});
