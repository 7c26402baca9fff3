import type { Browser, Page } from 'playwright-core';
import { ConsoleTestStack } from './console-test-stack';
import { expectAccessible, launchBrowser, newConsolePage, tabTo } from './browser';

jest.setTimeout(120_000);

/** The first organiser account of an installation, made in the console with the admin token (no curl). */
describe('creating an organiser account from the console with the admin token', () => {
  const stack = new ConsoleTestStack();
  let browser: Browser;

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), stack.start('console_first_organiser')]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  async function fill(page: Page, values: { adminToken: string; name: string; email: string }): Promise<number> {
    await page.getByLabel('Jeton d’administration').fill(values.adminToken);
    await page.getByLabel('Votre nom').fill(values.name);
    await page.getByLabel('Votre adresse e-mail').fill(values.email);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Créer le compte et recevoir un lien de connexion' }).click(),
    ]);
    return answer.status();
  }

  const organisersWith = async (email: string) =>
    (await stack.membership.em().getConnection().execute(`select id from membership.organiser where email = ?`, [email])).length;

  it('creates the account, shows its API token once and mails a sign-in link that opens the console', async () => {
    const email = `premiere.${Date.now()}@example.org`;
    const page = await newConsolePage(browser);
    await page.goto(stack.at('/console/sign-in'));
    await tabTo(page, 'Créer un compte d’organisateur avec le jeton d’administration');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Créer un compte d’organisateur', level: 1 }).waitFor();
    await expectAccessible(page);

    expect(await fill(page, { adminToken: stack.membership.config.ADMIN_TOKEN, name: 'Alix Première', email })).toBe(200);

    await page.getByRole('heading', { name: 'Compte créé', level: 1 }).waitFor();
    await expectAccessible(page);
    const shownToken = await page.locator('code').textContent();
    const me = await stack.membership.http().get('/organisers/me').set('Authorization', `Bearer ${shownToken}`).expect(200);
    expect(me.body).toMatchObject({ name: 'Alix Première', email });

    await page.goto(await stack.consoleLinkMailedTo(email));
    await page.getByRole('button', { name: 'Me connecter' }).click();
    await page.waitForURL(/\/console\/communities$/);
    await page.getByRole('heading', { name: 'Communautés', level: 1 }).waitFor();
  });

  it('refuses a wrong admin token next to its field, keeps the name and email, and creates nothing', async () => {
    const email = `mauvais.${Date.now()}@example.org`;
    const page = await newConsolePage(browser);
    await page.goto(stack.at('/console/first-organiser'));

    expect(await fill(page, { adminToken: 'adm_not-the-right-one-at-all', name: 'Sacha', email })).toBe(422);

    await page.locator('#adminToken-messages').getByText('Ce jeton d’administration n’est pas celui de l’installation').waitFor();
    expect(await page.getByLabel('Votre nom').inputValue()).toBe('Sacha');
    expect(await page.getByLabel('Votre adresse e-mail').inputValue()).toBe(email);
    expect(await page.getByLabel('Jeton d’administration').inputValue()).toBe('');
    await expectAccessible(page);
    expect(await organisersWith(email)).toBe(0);
  });

  it('says an email already has an account, with the right admin token too', async () => {
    const email = `deja.${Date.now()}@example.org`;
    await stack.membership.newOrganiser('Déjà', email);
    const page = await newConsolePage(browser);
    await page.goto(stack.at('/console/first-organiser'));

    expect(await fill(page, { adminToken: stack.membership.config.ADMIN_TOKEN, name: 'Autre', email })).toBe(422);

    await page.locator('#email-messages').getByText('Un compte d’organisateur utilise déjà cette adresse').waitFor();
    expect(await organisersWith(email)).toBe(1);
  });

  it('shows only the email form when OpenID Connect is not configured', async () => {
    const page = await newConsolePage(browser);
    await page.goto(stack.at('/console/sign-in'));
    expect(await page.locator('.fr-connect').count()).toBe(0);
    expect((await page.goto(stack.at('/console/oidc')))?.status()).toBe(404);
  });
});
