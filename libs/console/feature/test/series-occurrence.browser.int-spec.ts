import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { waitFor } from '@cercle/testing';
import { ConsoleTestStack } from './console-test-stack';
import { breadcrumbOf, expectAccessible, launchBrowser, newConsolePage, tabTo } from './browser';
import { eventsKnows } from './events-ready';
import { signInByLink } from './sign-in-helper';

jest.setTimeout(240_000);

const docs = resolve(__dirname, '../../../../docs');

/**
 * The peer-sharing group of seed 001 (EIG, « Le groupe de partage entre pairs »): an organiser creates its
 * series from the console, previewing the dates first, then runs its first session to its archive, in
 * headless Chromium without JavaScript, each page checked by axe.
 */
describe('a series and an occurrence in the console', () => {
  const stack = new ConsoleTestStack();
  let browser: Browser;
  let page: Page;
  let communityId: string;
  const email = `gaelle.${Date.now()}@example.org`;
  const year = new Date().getUTCFullYear() + 1;

  /** A call to membership as the organiser, for what other pages of the console set up (the community, its members). */
  async function membership(token: string, path: string, body: unknown): Promise<{ id: string }> {
    const res = await fetch(`${stack.membership.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: string }>;
  }

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), stack.start('console_series', { events: true })]);
    page = await newConsolePage(browser);
    page.setDefaultTimeout(20_000);
    const { token } = await stack.membership.newOrganiser('Gaëlle', email);
    communityId = (await membership(token, '/communities', { name: "Entrepreneurs d'Intérêt Général", defaultLanguage: 'fr' })).id;
    await membership(token, `/communities/${communityId}/members`, {
      members: [
        { name: 'Gaëlle Martin', email: 'gaelle.martin@example.org' },
        { name: 'Karim Benali', email: 'karim@example.org' },
        { name: 'Chloé Durand', email: 'chloe@example.org' },
      ],
    });
    await signInByLink(stack, page, email);
    await eventsKnows(stack, communityId, 3);
    await page.goto(stack.at('/console/series'));
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  it('previews the next dates with the clock change, keeps what was typed, then creates the series', async () => {
    await expectAccessible(page);
    expect(await breadcrumbOf(page)).toEqual(['Accueil', 'Séries']);
    await page.getByRole('link', { name: /Nouvelle série/ }).click();
    await expectAccessible(page);
    expect(await breadcrumbOf(page)).toEqual(['Accueil', 'Communautés', "Entrepreneurs d'Intérêt Général", 'Nouvelle série']);
    await page.fill('#title', 'Le groupe de partage entre pairs');
    await page.selectOption('#formatId', 'peer-group');
    await page.fill('#firstDate', `${year}-01-14`);
    await page.fill('#startTime', '25:00');
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    // Refused next to its field, with everything else kept.
    expect(await page.locator('.fr-input-group--error #startTime').count()).toBe(1);
    expect(await page.inputValue('#title')).toBe('Le groupe de partage entre pairs');
    await expectAccessible(page);

    // A first date in the past: the preview still shows what comes, and the field says the series starts later.
    await page.fill('#startTime', '12:30');
    await page.fill('#firstDate', `${year - 3}-01-14`);
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    await page.locator('#firstDate-warning').waitFor();
    expect(await page.locator('#firstDate-warning').textContent()).toMatch(
      /^Cette date est passée : la série commencera à sa prochaine date, /,
    );
    expect(await page.locator('#firstDate').getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(page);
    await page.fill('#firstDate', `${year}-01-14`);

    await tabTo(page, 'Prévisualiser');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Prévisualisation' }).waitFor();
    const dates = await page.locator('table:has(caption:text("Prochaines dates")) tbody tr').allTextContents();
    expect(dates).toHaveLength(6);
    expect(dates.every((row) => row.includes('12:30'))).toBe(true);
    // Between January and June, Paris moves to summer time: one date says the clocks changed.
    expect(dates.filter((row) => row.includes("Changement d'heure"))).toHaveLength(1);
    expect(await page.locator('table:has(caption:text("Étapes de la première séance")) tbody tr').count()).toBe(10);
    expect(await page.inputValue('#firstDate')).toBe(`${year}-01-14`);
    expect(await page.locator('#firstDate-warning').count()).toBe(0);
    await expectAccessible(page);
    await page.screenshot({ path: `${docs}/console-series-preview.png`, fullPage: true });

    await page.getByRole('button', { name: 'Créer la série' }).click();
    await page.waitForURL(/\/console\/series\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { name: 'Le groupe de partage entre pairs' }).waitFor();
    expect(await page.locator('table:has(caption:text("Séances")) tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await breadcrumbOf(page)).toEqual([
      'Accueil',
      'Communautés',
      "Entrepreneurs d'Intérêt Général",
      'Le groupe de partage entre pairs',
    ]);
    await expectAccessible(page);
  });

  it('runs the first session to its archive, naming its team on the way', async () => {
    await page
      .getByRole('link', { name: /Ouvrir/ })
      .first()
      .click();
    await page.waitForURL(/\/console\/occurrences\//);
    await expectAccessible(page);
    const trail = await breadcrumbOf(page);
    expect(trail.slice(0, 4)).toEqual(['Accueil', 'Communautés', "Entrepreneurs d'Intérêt Général", 'Le groupe de partage entre pairs']);
    expect(trail[4]).toMatch(new RegExp(`^Le groupe de partage entre pairs — .+ ${year}$`));
    expect(trail).toHaveLength(5);
    expect(await page.locator('table:has(caption:text("Chronologie")) tbody tr').count()).toBe(10);
    // At 1280 px the timeline fits its container, and "run now" is on screen without scrolling sideways.
    expect(page.viewportSize()?.width).toBe(1280);
    const timeline = page.locator('.fr-table:has(caption:text("Chronologie")) .fr-table__content');
    const fits = await timeline.evaluate((element: { scrollWidth: number; clientWidth: number }) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
    }));
    expect(fits.scroll).toBeLessThanOrEqual(fits.client);
    const runBox = await page.getByRole('button', { name: /Exécuter maintenant/ }).boundingBox();
    expect(runBox!.x + runBox!.width).toBeLessThanOrEqual(1280);

    // Guide and contributor at once: refused next to the contributors, the ticks kept.
    const guide = await page.locator('#roles-guideMemberId option', { hasText: 'Gaëlle Martin' }).getAttribute('value');
    await page.selectOption('#roles-guideMemberId', guide!);
    await page.getByRole('checkbox', { name: 'Gaëlle Martin' }).check({ force: true });
    await page.getByRole('checkbox', { name: 'Karim Benali' }).check({ force: true });
    await page.getByRole('button', { name: 'Enregistrer les rôles' }).click();
    expect(await page.locator('#contributorMemberIds-fieldset.fr-fieldset--error').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'Karim Benali' }).isChecked()).toBe(true);
    await expectAccessible(page);
    await page.getByRole('checkbox', { name: 'Gaëlle Martin' }).uncheck({ force: true });
    await page.getByRole('button', { name: 'Enregistrer les rôles' }).click();
    await page.getByText('Enregistré.').waitFor();
    expect(await page.locator('table:has(caption:text("Préparation des contributions")) tbody').textContent()).toContain('Karim Benali');

    // Who a cancellation would tell before the announcement: nobody.
    await page.fill('#cancel-reason', 'Salle indisponible');
    await page.getByRole('button', { name: 'Voir qui sera prévenu' }).nth(1).click();
    await page.getByText('Personne ne sera prévenu').waitFor();
    expect(await page.inputValue('#cancel-reason')).toBe('Salle indisponible');

    // The first run by keyboard alone, the others by click (the button moves down the timeline each time).
    await tabTo(page, /^Exécuter maintenant/);
    await page.keyboard.press('Enter');
    await page.getByText('Étape exécutée.').waitFor();
    await page.screenshot({ path: `${docs}/console-occurrence.png`, fullPage: true });
    // Announced now: a cancellation would tell the three members who got the invitation (the community has no channel to post in).
    // The invitations leave through events' outbox and notifications' queue: wait until all three are held.
    const held = async () =>
      (
        await stack.notifications.sql<{ n: number }>(
          `select count(*)::int as n from "notifications"."calendar_holder" where "status" = 'holding'`,
        )
      )[0].n;
    await waitFor(async () => ((await held()) === 3 ? true : undefined), { description: 'three calendar holders', timeoutMs: 40_000 });
    await page.getByRole('button', { name: 'Voir qui sera prévenu' }).nth(1).click();
    await page.locator('#audience-cancellation').waitFor();
    const lines = await page.locator('#audience-cancellation li').allTextContents();
    expect(lines).toEqual([
      '3 personnes par e-mail (ou en message privé pour qui l’a choisi) : 0 inscrit·e ; 3 personnes l’ont dans leur agenda.',
    ]);
    await expectAccessible(page);
    const runNow = page.getByRole('button', { name: /Exécuter maintenant/ });
    for (let step = 2; step < 12 && (await runNow.count()) > 0; step++) {
      await runNow.click();
      await page.waitForLoadState('load');
    }
    expect(await page.getByRole('button', { name: /Exécuter maintenant/ }).count()).toBe(0);
    const states = await page.locator('table:has(caption:text("Chronologie")) tbody tr td:nth-child(3)').allTextContents();
    expect(states.every((s) => /Faite|Sautée/.test(s))).toBe(true);
    // Without notes, the archive step is skipped and the session stays held: nothing is left to run.
    expect(await page.locator('table:has(caption:text("Chronologie")) tbody tr:has-text("Archivage des notes")').textContent()).toMatch(
      /Faite|Sautée/,
    );
    expect(await page.locator('h1 + div .fr-badge').textContent()).toMatch(/Tenue|Archivée/);
    // Over, the session can no longer be moved or cancelled: the page says so instead of offering a preview.
    await page.locator('#changes-over').waitFor();
    expect(await page.getByRole('button', { name: 'Voir qui sera prévenu' }).count()).toBe(0);
    await expectAccessible(page);

    // Held before its date, this session is no longer the series' next one in the list.
    const heldPath = new URL(page.url()).pathname;
    await page.goto(stack.at('/console/series'));
    const next = page.locator('tr:has-text("Le groupe de partage entre pairs") td:nth-child(2) a');
    expect(await next.getAttribute('href')).toMatch(/^\/console\/occurrences\/[0-9a-f-]{36}$/);
    expect(await next.getAttribute('href')).not.toBe(heldPath);
  });

  it('shows the deliveries page and a message preview for a chosen member', async () => {
    const t0 = Date.now();
    const step = (what: string) => process.stdout.write(`deliveries test: ${what} after ${Date.now() - t0} ms\n`);
    await page.goto(stack.at('/console/deliveries'));
    step('loaded');
    // What the page says when it is not the deliveries page (a service refusing), rather than a bare timeout.
    expect(await page.locator('h1').textContent()).toBe('Envois');
    expect(await breadcrumbOf(page)).toEqual(['Accueil', 'Envois']);
    await expectAccessible(page);
    step('checked');
    await page.screenshot({ path: `${docs}/console-deliveries.png`, fullPage: true });
    step('screenshot');
    await page.selectOption('#kind', 'announcement');
    step('kind chosen');
    const member = await page.locator('#memberId option', { hasText: 'Chloé Durand' }).getAttribute('value');
    await page.selectOption('#memberId', member!);
    step('member chosen');
    await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
    step('preview asked');
    await page.locator('#preview iframe').waitFor();
    expect(await page.locator('#preview pre').first().textContent()).toContain('Chloé Durand');
    step('preview shown');
    // The kinds are offered by name, in French.
    expect(await page.locator('#kind option:checked').textContent()).toBe('Annonce de la séance');
    await page.goto(stack.at('/console/formats'));
    expect(await breadcrumbOf(page)).toEqual(['Accueil', 'Formats']);
  }, 90_000);
});
