import type { ThemeSetting } from '../../../src-preload/contract.ts';

/** Not secret: the theme main said last, so the next start paints in it before main answers. */
const cacheKey = 'bitrix-id.theme';

let chosen: ThemeSetting = 'system';
let followingOs = false;

const osDark = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

/** Marks the root light or dark (styles.css keys every colour off it); "system" follows the OS as it changes. */
function mark(): void {
  const dark = chosen === 'dark' || (chosen === 'system' && osDark()?.matches === true);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Applies the theme at once and remembers it for the next start. */
export function applyTheme(theme: ThemeSetting): void {
  chosen = theme;
  if (!followingOs) {
    osDark()?.addEventListener('change', mark);
    followingOs = true;
  }
  mark();
  try {
    localStorage.setItem(cacheKey, theme);
  } catch {
    // Not remembering it costs the next start a moment in the OS's colours.
  }
}

/** Before the first paint: the theme main said last time, or the OS's. */
export function applyRememberedTheme(): void {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(cacheKey);
  } catch {
    // Storage can be disabled: the OS's colours, then.
  }
  applyTheme(stored === 'light' || stored === 'dark' ? stored : 'system');
}
