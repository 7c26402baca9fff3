import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { Registration } from '../src/entities/registration.entity';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = resolve(__dirname, '../../../../dist/screenshots');

/** The registration page as a new member meets it: headless Chromium on a real signed link, no script of ours. */
describe('the registration page in a browser', () => {
  let membership: MembershipTestApp;
  let browser: Browser;
  let page: Page;
  let memberId: string;
  let url: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it (Debian package "chromium"), or set CHROMIUM_PATH`);
    }
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_browser'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-browser'),
    });
    const community = await membership.community(['Léa Martin']);
    memberId = community.memberIds[0];
    const occurrence = await membership.occurrence(community.communityId, {
      title: 'Rencontres ALLiaNCE',
      // 09:00Z on a March day in Paris (UTC+1): 10h–18h local.
      startsAt: '2027-03-18T09:00:00.000Z',
      endsAt: '2027-03-18T17:00:00.000Z',
      capacity: 80,
      location: 'Ségur, 14 avenue Duquesne, Paris',
      agenda: [
        { title: { fr: 'Ouverture et place du marché', en: 'Opening and marketplace' }, localStart: '10:00', localEnd: '10:30' },
        { title: { fr: 'Déjeuner', en: 'Lunch' }, localStart: '12:30', localEnd: '14:00' },
      ],
    });
    url = `${membership.baseUrl}${membership.link(memberId, occurrence.occurrenceId)}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 800, height: 900 }, javaScriptEnabled: false });
  });

  afterAll(async () => {
    await browser?.close();
    await membership?.app.close();
  });

  it('shows the occurrence in French, in local time, with its place and agenda', async () => {
    await page.goto(url);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Rencontres ALLiaNCE');
    const text = await page.locator('main').innerText();
    expect(text).toContain('jeudi 18 mars 2027, 10:00–18:00 (heure de Paris)');
    expect(text).toContain('Ségur, 14 avenue Duquesne, Paris');
    expect(text).toContain('12:30–14:00 : Déjeuner');
    expect(text).toContain("Vous n'avez pas encore répondu.");
  });

  it('lets a new member register yes with a topic and confirms it', async () => {
    await page.goto(url);
    await page.getByLabel('Oui').check();
    await page.getByLabel('Titre du sujet').fill('Le DSFR en pratique');
    await page.getByLabel('Type de sujet').selectOption({ label: 'Démonstration' });
    await page.getByLabel('Quelques mots sur le sujet').fill('Vingt minutes de démonstration.');
    await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();

    await expect(page.getByRole('status').innerText()).resolves.toContain('Votre réponse est enregistrée.');
    expect(await page.locator('main').innerText()).toContain('Votre réponse actuelle : Oui. Votre place est confirmée.');
    expect(await page.getByLabel('Oui').isChecked()).toBe(true);
    const row = await waitFor(() => membership.em().findOne(Registration, { memberId }), { description: 'the registration row' });
    expect(row).toMatchObject({ answer: 'yes', status: 'confirmed' });
    const [message] = await membership.published(row.occurrenceId);
    expect(message.data.payload.topic).toEqual({
      title: 'Le DSFR en pratique',
      kind: 'demo',
      description: 'Vingt minutes de démonstration.',
    });
  });

  it('names the field in a clear error when a kind is chosen without a title, and keeps what was typed', async () => {
    await page.goto(url);
    await page.getByLabel('Peut-être').check();
    await page.getByLabel('Type de sujet').selectOption('workshop');
    await page.getByLabel('Quelques mots sur le sujet').fill('Un atelier sur les communs');
    await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();

    const summary = page.getByRole('alert');
    await expect(summary.innerText()).resolves.toContain(
      'Titre du sujet : Donnez un titre au sujet (obligatoire quand un type est choisi).',
    );
    const title = page.getByLabel('Titre du sujet');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await title.getAttribute('aria-describedby').then((ids) => ids!.split(' ')[1])}`).innerText()).toContain(
      'Donnez un titre',
    );
    expect(await page.getByLabel('Type de sujet').inputValue()).toBe('workshop');
    expect(await page.getByLabel('Quelques mots sur le sujet').inputValue()).toBe('Un atelier sur les communs');
    expect(await page.getByLabel('Peut-être').isChecked()).toBe(true);
    // The summary's link takes keyboard users to the field.
    await summary.getByRole('link').click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('topicTitle');
    expect((await membership.em().findOne(Registration, { memberId }))?.answer).toBe('yes');
  });

  it('refuses a 300-character title with a clear error, keeps the text, and fits a 320-pixel-wide screen', async () => {
    const longTitle = `Un titre bien trop long ${'x'.repeat(276)}`;
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(url);
    await page.getByLabel('Titre du sujet').fill(longTitle);
    await page.getByLabel('Type de sujet').selectOption('talk');
    await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();

    await expect(page.getByRole('alert').innerText()).resolves.toContain('Titre du sujet : Le titre doit faire 200 caractères au maximum.');
    expect(await page.getByLabel('Titre du sujet').inputValue()).toBe(longTitle);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: resolve(screenshots, 'registration-page-320px.png'), fullPage: true });

    await page.setViewportSize({ width: 800, height: 900 });
    const file = resolve(screenshots, 'registration-page.png');
    await page.screenshot({ path: file, fullPage: true });
    console.log(`registration page screenshot: ${file}`);
    expect(existsSync(file)).toBe(true);
  });
});
