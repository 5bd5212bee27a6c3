/**
 * Text that does not fit, as a person would see it in the window now: content clipped or spilling
 * out of its box (unless it ellipsizes and can be read whole from its title or accessible name),
 * and toolbars or headers whose items wrapped onto a second line. Each problem is one line naming
 * the element and its text, so a failing spec says what to fix.
 */
import type { Page } from '@playwright/test';

/** The app's bars: a header, a toolbar, a tab list, and the rows of controls that serve as toolbars. */
const bars = 'header, [role="toolbar"], [role="tablist"], .portal-toolbar, .portal-toolbar-actions, .sidebar-top, .sidebar-tools, .sign-in-toolbar';

export function findOverflow(page: Page): Promise<string[]> {
  return page.evaluate((bars) => {
    const problems: string[] = [];
    /** A pixel of slack: subpixel layout rounds scroll and client sizes differently. */
    const slack = 1;

    const describe = (element: Element): string => {
      const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
      const classes = element.classList.length > 0 ? `.${[...element.classList].join('.')}` : '';
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return `${role}${classes} “${text}”`;
    };

    const shown = (element: Element): element is HTMLElement => {
      if (!(element instanceof HTMLElement)) return false;
      if (element.closest('[hidden], [aria-hidden="true"], svg')) return false;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.display === 'contents' || style.display === 'inline' || style.visibility !== 'visible') return false;
      // Visually hidden text for screen readers is a 1-pixel clipped box on purpose.
      const box = element.getBoundingClientRect();
      return box.width > slack && box.height > slack && style.clipPath === 'none' && style.clip === 'auto';
    };

    /** Its whole text is in reach: a title, or an accessible name, on it or on the control it belongs to. */
    const readableWhole = (element: HTMLElement): boolean => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      for (let holder: Element | null = element; holder; holder = holder.parentElement) {
        for (const attribute of ['title', 'aria-label']) {
          const whole = holder.getAttribute(attribute);
          if (whole !== null && whole.replace(/\s+/g, ' ').includes(text)) return true;
        }
      }
      return false;
    };

    const fieldsAndFrames = 'input, textarea, select, iframe, canvas, img, video';
    for (const element of document.body.querySelectorAll('*')) {
      if (element.matches(fieldsAndFrames) || !shown(element)) continue;
      const style = getComputedStyle(element);
      // A scroll area is meant to be wider or taller than its box; only a clipping or spilling one is a problem.
      const scrollsAcross = style.overflowX === 'auto' || style.overflowX === 'scroll';
      const scrollsDown = style.overflowY === 'auto' || style.overflowY === 'scroll';
      const wide = !scrollsAcross && element.scrollWidth > element.clientWidth + slack;
      const clipsDown = !scrollsDown && style.overflowY !== 'visible' && element.scrollHeight > element.clientHeight + slack;
      if (wide) {
        const ellipsized = style.textOverflow === 'ellipsis' && style.overflowX !== 'visible';
        if (!ellipsized) problems.push(`${describe(element)} is ${element.scrollWidth - element.clientWidth}px too wide for its box`);
        else if (!readableWhole(element)) problems.push(`${describe(element)} is cut short with no title or accessible name to read it whole`);
      }
      if (clipsDown) problems.push(`${describe(element)} is clipped ${element.scrollHeight - element.clientHeight}px at the bottom`);
    }

    /** Some text of its own (not of a field, and not for screen readers only) runs over more than one line. */
    const runsOverLines = (element: Element): boolean => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(`${fieldsAndFrames}, option, [hidden], [aria-hidden="true"]`)) continue;
        if (parent.getBoundingClientRect().width <= slack || node.textContent?.trim() === '') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = [...range.getClientRects()].filter((box) => box.width > 0);
        const first = lines[0];
        if (first && lines.some((line) => line.top >= first.bottom - slack)) return true;
      }
      return false;
    };
    for (const bar of document.body.querySelectorAll(bars)) {
      if (!shown(bar)) continue;
      const items = [...bar.children].filter(shown).filter((item) => !['absolute', 'fixed'].includes(getComputedStyle(item).position));
      const boxes = items.map((item) => item.getBoundingClientRect());
      // Only a wrapping flex row can wrap; a grid's rows are laid out on purpose, and a row that cannot wrap overflows instead.
      const wraps = getComputedStyle(bar).flexWrap !== 'nowrap' && getComputedStyle(bar).display.includes('flex');
      if (wraps && boxes.some((below) => boxes.some((above) => below.top >= above.bottom - slack))) problems.push(`${describe(bar)} wraps onto a second line`);
      for (const item of items) {
        if (!item.matches(bars) && runsOverLines(item)) problems.push(`${describe(item)} in ${describe(bar)} runs over two lines`);
      }
    }
    return problems;
  }, bars);
}
