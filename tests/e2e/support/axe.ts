/**
 * The accessibility gate: axe-core over what the window shows now. Every WCAG 2.0/2.1 A and AA rule
 * and axe's best practices run; serious and critical violations fail the check, minor and moderate
 * ones are attached to the test's report.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { Result } from 'axe-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BLOCKING: ReadonlySet<string> = new Set(['serious', 'critical']);

/** One violation as a reader needs it: impact, rule, what it asks, and each offending element. */
export function formatViolation(violation: Result): string {
  const nodes = violation.nodes.map((node) => {
    const target = node.target.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' >>> ');
    // The summary's first reason is enough to act on (e.g. the contrast ratio found).
    const why = node.failureSummary?.split('\n').find((line) => line.startsWith('  '))?.trim();
    return `    ${target}${why ? `\n      ${why}` : ''}`;
  });
  return [`[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`, ...nodes].join('\n');
}

/**
 * Runs axe on the page as it is and fails (softly, so every screen of a test is reported) on any
 * serious or critical violation. `screen` names the state in the report.
 */
export async function expectNoSeriousViolations(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  // A portal's page, in its iframe, is the server's: axe checks the iframe element and never goes
  // inside (`iframes: false`, which only the single-frame legacy run honours).
  const results = await new AxeBuilder({ page }).withTags(TAGS).options({ iframes: false }).setLegacyMode().analyze();
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  const advisory = results.violations.filter((violation) => !BLOCKING.has(violation.impact ?? ''));
  if (advisory.length > 0) {
    await testInfo.attach(`axe minor - ${screen}.txt`, {
      body: advisory.map(formatViolation).join('\n\n'),
      contentType: 'text/plain',
    });
  }
  expect.soft(blocking.map(formatViolation), `serious or critical accessibility violations on ${screen}`).toEqual([]);
}
