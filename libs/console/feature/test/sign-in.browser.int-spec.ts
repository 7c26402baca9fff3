import type { Browser, Page } from 'playwright-core';
import { ConsoleTestStack } from './console-test-stack';
import { expectAccessible, launchBrowser, newConsolePage, tabTo } from './browser';

jest.setTimeout(120_000);

/** Signing in to the console by emailed link, in headless Chromium without JavaScript. */
describe('signing in to the console', () => {
  const stack = new ConsoleTestStack();
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), stack.start('console_sign_in')]);
    page = await newConsolePage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  it('signs an organiser in with the link mailed to them, with the keyboard alone, on accessible pages', async () => {
    const email = `camille.${Date.now()}@example.org`;
    await stack.membership.newOrganiser('Camille', email);

    await page.goto(stack.at('/console'));
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    await expectAccessible(page);
    await tabTo(page, 'Adresse e-mail');
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Vérifiez votre boîte de réception' }).waitFor();
    await expectAccessible(page);

    const link = await stack.consoleLinkMailedTo(email);
    const [mail] = stack.notifications.mail.messages({ to: email });
    expect(mail.subject).toBe('Votre lien de connexion à la console Cercle');
    await page.goto(link);
    await expectAccessible(page);
    await tabTo(page, 'Me connecter');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/console\/communities$/);
    await page.getByRole('heading', { name: 'Communautés', level: 1 }).waitFor();
    await expectAccessible(page);

    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'cercle_console_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/console' });
  });

  it('refuses the same link a second time', async () => {
    const email = `dominique.${Date.now()}@example.org`;
    await stack.membership.newOrganiser('Dominique', email);
    const other = await newConsolePage(browser);
    await other.goto(stack.at('/console/sign-in'));
    await other.getByLabel('Adresse e-mail').fill(email);
    await other.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    const link = await stack.consoleLinkMailedTo(email);
    await other.goto(link);
    await other.getByRole('button', { name: 'Me connecter' }).click();
    await other.waitForURL(/\/console\/communities$/);

    const third = await newConsolePage(browser);
    await third.goto(link);
    const answer = await Promise.all([
      third.waitForResponse((r) => r.request().method() === 'POST'),
      third.getByRole('button', { name: 'Me connecter' }).click(),
    ]);
    expect(answer[0].status()).toBe(410);
    await third.getByText('Ce lien de connexion a expiré ou a déjà servi').waitFor();
  });

  it('leads to the page asked for before signing in, through the emailed link; a path not an id is a 404 page', async () => {
    const email = `farah.${Date.now()}@example.org`;
    await stack.membership.newOrganiser('Farah', email);
    const own = await newConsolePage(browser);
    await own.goto(stack.at('/console/series'));
    expect(new URL(own.url()).searchParams.get('next')).toBe('/console/series');
    await own.getByLabel('Adresse e-mail').fill(email);
    await own.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await own.goto(await stack.consoleLinkMailedTo(email));
    await own.getByRole('button', { name: 'Me connecter' }).click();
    await own.waitForURL(/\/console\/series$/);
    expect(await own.context().cookies()).not.toContainEqual(expect.objectContaining({ name: 'cercle_console_next' }));

    for (const path of ['/console/occurrences/xyz', '/console/series/xyz', '/console/communities/xyz/series/new']) {
      const answer = await own.goto(stack.at(path));
      expect({ path, status: answer?.status() }).toEqual({ path, status: 404 });
    }
  });

  it('signs out: the session ends and its API token is revoked', async () => {
    const email = `eden.${Date.now()}@example.org`;
    await stack.membership.newOrganiser('Eden', email);
    const own = await newConsolePage(browser);
    await own.goto(stack.at('/console/sign-in'));
    await own.getByLabel('Adresse e-mail').fill(email);
    await own.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await own.goto(await stack.consoleLinkMailedTo(email));
    await own.getByRole('button', { name: 'Me connecter' }).click();
    await own.waitForURL(/\/console\/communities$/);

    await own.getByRole('button', { name: 'Se déconnecter' }).click();
    await own.getByText('Vous êtes déconnecté·e.').waitFor();
    await own.goto(stack.at('/console/communities'));
    expect(new URL(own.url()).pathname).toBe('/console/sign-in');
    const [token] = await stack.membership
      .em()
      .getConnection()
      .execute(
        `select k.revoked_at from membership.known_token k join membership.organiser o on o.id = k.organiser_id where o.email = ? and k.name = 'console'`,
        [email],
      );
    expect(token.revoked_at).not.toBeNull();
  });
});
