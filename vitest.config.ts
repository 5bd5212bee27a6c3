import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Per-test time limits sized for a loaded 2-core machine (vitest's default is 5 s), where the
 * default failed dozens of tests that pass alone. Node tests start processes (the mock
 * server's CLI, the harness): a cold Node start took 20–35 s there. A renderer test renders the whole
 * app in jsdom and types key by key: about 0.5 s of CPU, ten times that in wall time there.
 */
const NODE_TEST_TIMEOUT_MS = 60_000;
const RENDERER_TEST_TIMEOUT_MS = 30_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          testTimeout: NODE_TEST_TIMEOUT_MS,
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/contract/**/*.test.ts', 'mocks/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          testTimeout: RENDERER_TEST_TIMEOUT_MS,
          include: ['tests/renderer/**/*.test.tsx', 'tests/renderer/**/*.test.ts'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
    ],
  },
});
