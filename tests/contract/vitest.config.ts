/**
 * Runs the contract suite on its own (`npx vitest run --config tests/contract/vitest.config.ts`)
 * until the root config's node project includes tests/contract.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'contract',
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    include: ['tests/contract/**/*.test.ts'],
  },
});
