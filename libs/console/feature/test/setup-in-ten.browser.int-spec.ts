import type { Browser, Page, Request } from 'playwright-core';
import { ConsoleTestStack } from './console-test-stack';
import { launchBrowser, newConsolePage } from './browser';
import { eventsKnows } from './events-ready';
import { signInByLink } from './sign-in-helper';

jest.setTimeout(240_000);

const TEN_MEMBERS = [
  'nom,email,langue',
  ...[
    'Gaëlle Martin',
    'Karim Benali',
    'Chloé Durand',
    'Yann Le Goff',
    'Aïcha Traoré',
    'Paul Meyer',
    'Inès Roussel',
    'Hugo Lambert',
    'Léa Fontaine',
    'Marc Petit',
  ].map((name, i) => `${name},membre${i}@example.org,fr`),
].join('\n');

/**
 * The measure: the peer-sharing group of seed 001 set up from an empty installation (an
 * organiser account only) in the console, counting every form the organiser submits.
 */
describe('setting up the peer group of seed 001 from an empty installation', () => {
  const stack = new ConsoleTestStack();
  let browser: Browser;
  let page: Page;
  const submissions: string[] = [];

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), stack.start('console_setup_ten', { events: true })]);
    page = await newConsolePage(browser);
    page.setDefaultTimeout(30_000);
    page.on('request', (request: Request) => {
      if (request.method() === 'POST' && request.isNavigationRequest()) submissions.push(new URL(request.url()).pathname);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  it('signs in, creates the community, imports 10 members by CSV, creates the series and shows the first session’s timeline in at most 10 submissions', async () => {
    const email = `organisatrice.${Date.now()}@example.org`;
    await stack.membership.newOrganiser('Gaëlle', email);
    await signInByLink(stack, page, email);

    await page.fill('#name', "Entrepreneurs d'Intérêt Général");
    await page.getByRole('button', { name: 'Créer la communauté' }).click();
    await page.waitForURL(/\/console\/communities\/[0-9a-f-]{36}/);
    const communityId = /communities\/([0-9a-f-]{36})/.exec(page.url())![1];

    await page.goto(stack.at(`/console/communities/${communityId}/members/import`));
    await page.getByLabel('Ou collez le contenu du fichier').fill(TEN_MEMBERS);
    await page.getByRole('button', { name: 'Prévisualiser l’import' }).click();
    await page.getByRole('button', { name: /Importer 10 membre/ }).click();
    await page.waitForLoadState('load');

    await eventsKnows(stack, communityId, 10);

    await page.goto(stack.at(`/console/communities/${communityId}/series/new`));
    await page.fill('#title', 'Le groupe de partage entre pairs');
    await page.fill('#firstDate', `${new Date().getUTCFullYear() + 1}-01-14`);
    await page.getByRole('button', { name: 'Créer la série' }).click();
    await page.waitForURL(/\/console\/series\/[0-9a-f-]{36}/);
    await page
      .getByRole('link', { name: /Ouvrir/ })
      .first()
      .click();
    await page.waitForURL(/\/console\/occurrences\//);
    expect(await page.locator('table:has(caption:text("Chronologie")) tbody tr').count()).toBe(10);

    process.stdout.write(`Set up in ${submissions.length} form submissions: ${submissions.join(' → ')}\n`);
    expect(submissions.length).toBeLessThanOrEqual(10);
  });
});
