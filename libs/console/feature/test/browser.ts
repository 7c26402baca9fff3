import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Debian Chromium (the CI installs the `chromium` package). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it (Debian package "chromium"), or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/**
 * A page without JavaScript: every console page must work without it (the DSFR script only enhances).
 * Desktop width, where DSFR shows the header's menu.
 */
export async function newConsolePage(browser: Browser, options: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: options.javaScript ?? false });
  return context.newPage();
}

/**
 * Fails with the list of axe-core violations (WCAG 2.1 A and AA rules) of the page as it is now. axe
 * runs as a script, which the console's pages are tested without: the very HTML the page shows is
 * served again, at its own URL (so the DSFR stylesheets load), to a page with scripts allowed for axe
 * alone (the page's own scripts are blocked, so the DOM is the one people without JavaScript get).
 */
export async function expectAccessible(page: Page): Promise<void> {
  const html = await page.content();
  const url = page.url();
  const context = await page
    .context()
    .browser()!
    .newContext({ viewport: page.viewportSize() ?? undefined, javaScriptEnabled: true });
  try {
    const checker = await context.newPage();
    await checker.route('**/*.js', (route) => route.abort());
    await checker.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await checker.goto(url);
    const results = await new AxeBuilder({ page: checker }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
    expect({ url, violations }).toEqual({ url, violations: [] });
  } finally {
    await context.close();
  }
}

/**
 * Presses Tab until the element with this accessible name (a link or button) has the focus, then
 * returns; fails after `max` presses. Proves the element is reachable with the keyboard alone.
 */
export async function tabTo(page: Page, name: string | RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    // A string, not a function: the test project compiles without the DOM's types.
    const focused = await page.evaluate<string>(`(() => {
      const el = document.activeElement;
      if (!el) return '';
      const label = el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
      return (el.getAttribute('aria-label') || (label && label.textContent) || el.textContent || el.value || '').trim();
    })()`);
    if (typeof name === 'string' ? focused.startsWith(name) : name.test(focused)) return;
  }
  throw new Error(`"${name}" was not reached with ${max} presses of Tab`);
}

/** The page's breadcrumb, crumb by crumb (the last is the page itself). */
export async function breadcrumbOf(page: Page): Promise<string[]> {
  return (await page.locator('.fr-breadcrumb__list li').allTextContents()).map((text) => text.trim());
}
