import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestDatabase } from '@cercle/testing';
import { consoleConfigSchema, startConsole } from '../src';
import { launchBrowser, newConsolePage } from './browser';

/** The console on its own (no service behind it): what holds before anyone signs in. */
describe('the console shell', () => {
  let app: NestExpressApplication;
  let url: string;

  beforeAll(async () => {
    const config = consoleConfigSchema.parse({
      DATABASE_URL: await createTestDatabase('console_shell'),
      LINK_SECRET: 's'.repeat(40),
      LOG_LEVEL: 'silent',
      MEMBERSHIP_URL: 'http://127.0.0.1:9',
    });
    app = await startConsole(config, { port: 0 });
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(() => app?.close());

  it('sends someone without a session to the sign-in page, remembering where they were going', async () => {
    const response = await fetch(`${url}/console/communities?q=x`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/console/sign-in?next=${encodeURIComponent('/console/communities?q=x')}`);
  });

  it('serves the DSFR stylesheet from the installation itself', async () => {
    const response = await fetch(`${url}/console/dsfr/dsfr.min.css`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/css');
    expect(await response.text()).toContain('.fr-header');
  });

  it('runs the DSFR script of a page without an error (it needs the header’s small-screen menu)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await newConsolePage(browser, { javaScript: true });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${url}/console/sign-in`);
      await page.waitForFunction(() => (globalThis as unknown as { dsfr?: unknown }).dsfr !== undefined);
      await page.waitForTimeout(300);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('leaves the focus where the browser puts it at load, so the first Tab reaches the skip links', async () => {
    const browser = await launchBrowser();
    try {
      const page = await newConsolePage(browser, { javaScript: true });
      await page.goto(`${url}/console/first-organiser`);
      await page.waitForFunction(`document.documentElement.hasAttribute('data-fr-js')`);
      await page.waitForTimeout(300);
      // Strings, not functions: the test project compiles without the DOM's types.
      expect(await page.evaluate<string>(`document.activeElement.tagName`)).toBe('BODY');
      await page.keyboard.press('Tab');
      expect(await page.evaluate<string>(`document.activeElement.getAttribute('href')`)).toBe('#contenu');
      expect(await page.locator('.fr-breadcrumb__link[href="/console/sign-in"]').isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('shows the breadcrumb without JavaScript, on a small screen too', async () => {
    const browser = await launchBrowser();
    try {
      const page = await newConsolePage(browser, { javaScript: false });
      await page.setViewportSize({ width: 375, height: 700 });
      await page.goto(`${url}/console/first-organiser`);
      expect(await page.locator('.fr-breadcrumb__link[href="/console/sign-in"]').isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('refuses a form posted without the CSRF token of the browser', async () => {
    const response = await fetch(`${url}/console/sign-out`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'cercle_console_browser=abc' },
      body: '_csrf=forged',
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Formulaire expiré');
  });
});
