import { describe, expect, it } from 'vitest';
import { formatMockModules, formatStartupLines, isMswModule, mocksModulesIn } from '../bench/startup-report.ts';

describe("the start-up bench's report", () => {
  it('counts the mocks/ modules a built chunk holds by the path comment before each', () => {
    const chunk = ['import { http } from "msw";', '// mocks/backend/mock-backend.ts', 'class MockBackend {}', '// src-main/backend/embedded-mock.ts', '// mocks/seed.ts', '  // mocks/not-a-module-line.ts'].join('\n');
    expect(mocksModulesIn(chunk)).toBe(2);
  });

  it("tells msw's modules and its interceptors' from others", () => {
    expect(isMswModule('file:///repo/node_modules/msw/lib/node/index.mjs')).toBe(true);
    expect(isMswModule('file:///repo/node_modules/@mswjs/interceptors/lib/node/index.mjs')).toBe(true);
    expect(isMswModule('file:///repo/node_modules/zod/index.js')).toBe(false);
    expect(isMswModule('file:///repo/out/main/chunks/embedded-mock-abc.js')).toBe(false);
  });

  it('gives each line the ratio of medians against the target of 2.0', () => {
    const report = formatStartupLines([
      { label: 'within', appMs: [300, 500, 400], bareMs: [200, 250, 150] },
      { label: 'over', appMs: [900], bareMs: [300] },
    ]);
    expect(report.split('\n')).toEqual([
      expect.stringMatching(/^within .*app 400\.0 ms \(median of 3\).*bare main 200\.0 ms.*ratio 2\.00 .*target ≤ 2\.0 {2}ok$/),
      expect.stringMatching(/^over .*ratio 3\.00 .*OVER TARGET$/),
    ]);
  });

  it('holds the --api-url runs to no module of msw or mocks/', () => {
    expect(formatMockModules({ msw: 0, mocks: 0 })).toMatch(/0 \/ 0 .* ok$/);
    expect(formatMockModules({ msw: 0, mocks: 1 })).toMatch(/OVER TARGET$/);
  });
});
