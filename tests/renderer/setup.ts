import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { setBitrixId } from '../../src-renderer/src/bridge/bitrix-id.ts';
import { i18n, initI18n } from '../../src-renderer/src/i18n/i18n.ts';

// A bound on waiting for what the person sees, not a pause: the lazy shell chunk is transformed on
// first use, which took several seconds on a 2-core machine beside a CPU hog.
configure({ asyncUtilTimeout: 15_000 });

/**
 * jsdom lays nothing out: every box is 0×0, so a virtual list would render no rows at all. Here
 * every element reports the client size of a window's sidebar (what the virtual list reads), and
 * ResizeObserver, which jsdom lacks, exists and never fires.
 */
export const CLIENT_HEIGHT = 720;
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => CLIENT_HEIGHT });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 300 });
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

beforeAll(async () => {
  await initI18n();
});

afterEach(async () => {
  cleanup();
  setBitrixId(null);
  localStorage.clear();
  await i18n.changeLanguage('en');
});
