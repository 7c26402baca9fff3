import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '@cercle/testing';
import { ConsoleTestStack } from './console-test-stack';
import { expectAccessible, launchBrowser, newConsolePage, tabTo } from './browser';
import { LocalOidcProvider, UNVERIFIED } from './local-oidc-provider';

jest.setTimeout(120_000);

const CONSOLE_SECRET = 'k'.repeat(40);

/** Signing in through OpenID Connect (ProConnect's protocol), against a local provider, in Chromium without JavaScript. */
describe('signing in to the console through an OpenID Connect provider', () => {
  const stack = new ConsoleTestStack();
  const provider = new LocalOidcProvider();
  let browser: Browser;
  let consoleUrl: string;

  beforeAll(async () => {
    const consolePort = await freePort();
    consoleUrl = `http://127.0.0.1:${consolePort}`;
    await provider.start(`${consoleUrl}/console/oidc/callback`);
    [browser] = await Promise.all([
      launchBrowser(),
      stack.start('console_oidc', {
        consolePort,
        consoleEnv: {
          PUBLIC_URL: consoleUrl,
          OIDC_ISSUER_URL: provider.issuer,
          OIDC_CLIENT_ID: provider.clientId,
          OIDC_CLIENT_SECRET: provider.clientSecret,
          CONSOLE_SECRET,
        },
        membershipEnv: { CONSOLE_SECRET },
      }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
    await provider.stop();
  });

  /** From the console's sign-in page to the provider's consent page, signed in there as `login`. */
  async function toConsent(page: Page, login: string): Promise<void> {
    await page.goto(stack.at('/console/sign-in'));
    await page.getByRole('link', { name: 'S’identifier avec ProConnect' }).click();
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
  }

  async function throughProvider(page: Page, login: string): Promise<void> {
    await toConsent(page, login);
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  /**
   * Consents at the provider but stops the browser before it reaches the console, and returns the
   * answer (the redirect URI with code and state) the provider sent it to. The provider's redirects
   * are followed by hand: a route sees only the first request of a redirect chain.
   */
  async function answerHeldBack(page: Page, login: string): Promise<string> {
    await toConsent(page, login);
    let answer = '';
    await page.route(`${provider.issuer}/**`, async (route) => {
      let response = await route.fetch({ maxRedirects: 0 });
      let location = response.headers()['location'];
      while (location && !location.startsWith(consoleUrl)) {
        response = await page.request.get(new URL(location, provider.issuer).href, { maxRedirects: 0 });
        location = response.headers()['location'];
      }
      answer = location ?? '';
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>held back</title>' });
    });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.unrouteAll();
    return answer;
  }

  const sessionCookie = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'cercle_console_session');

  it('signs an organiser in with the email the provider verified, from the page they asked for, with the keyboard', async () => {
    const email = `morgan.${Date.now()}@example.org`;
    await stack.membership.newOrganiser('Morgan', email);
    const page = await newConsolePage(browser);

    await page.goto(stack.at('/console/communities?lang=fr'));
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    await expectAccessible(page);
    await page.screenshot({ path: join(__dirname, '..', '..', '..', '..', 'docs', 'console-sign-in.png'), fullPage: true });
    await tabTo(page, 'S’identifier avec');
    await page.keyboard.press('Enter');
    await page.locator('input[name=login]').fill(email.toUpperCase());
    await page.locator('input[name=password]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL(`${consoleUrl}/console/communities?lang=fr`);
    await page.getByRole('heading', { name: 'Communautés', level: 1 }).waitFor();
    expect(await sessionCookie(page)).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/console' });
    expect((await page.context().cookies()).find((c) => c.name === 'cercle_console_oidc')).toBeUndefined();
    const tokens = await stack.membership
      .em()
      .getConnection()
      .execute(
        `select k.name, k.expires_at from membership.known_token k join membership.organiser o on o.id = k.organiser_id where o.email = ? and k.name = 'console'`,
        [email],
      );
    expect(tokens).toHaveLength(1);
    expect(tokens[0].expires_at).not.toBeNull();
  });

  it('refuses a verified email no organiser has, on a page that says so, with no session', async () => {
    const email = `stranger.${Date.now()}@example.org`;
    const page = await newConsolePage(browser);
    const callback = page.waitForResponse((r) => r.url().startsWith(`${consoleUrl}/console/oidc/callback`));

    await throughProvider(page, email);

    expect((await callback).status()).toBe(403);
    await page.getByRole('heading', { name: 'Aucun compte d’organisateur pour cette adresse', level: 1 }).waitFor();
    await page.getByText(`n’utilise l’adresse ${email}, que ProConnect a vérifiée`).waitFor();
    await expectAccessible(page);
    expect(await sessionCookie(page)).toBeUndefined();
  });

  it('refuses an email the provider does not say is verified, even an organiser’s', async () => {
    const email = `unchecked.${Date.now()}@example.org`;
    await stack.membership.newOrganiser('Unchecked', email);
    const page = await newConsolePage(browser);

    await throughProvider(page, `${UNVERIFIED}${email}`);

    await page.getByRole('heading', { name: 'Adresse e-mail non vérifiée', level: 1 }).waitFor();
    expect(await sessionCookie(page)).toBeUndefined();
  });

  it('refuses an answer whose state was changed, and the genuine answer once that sign-in was spent', async () => {
    const email = `tamper.${Date.now()}@example.org`;
    await stack.membership.newOrganiser('Tamper', email);
    const page = await newConsolePage(browser);
    const answer = await answerHeldBack(page, email);
    expect(answer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/console\/oidc\/callback\?code=/);

    const tampered = new URL(answer);
    tampered.searchParams.set('state', `${tampered.searchParams.get('state')}x`);
    const refused = await page.goto(tampered.href);
    expect(refused?.status()).toBe(400);
    await page.getByRole('heading', { name: 'Connexion expirée', level: 1 }).waitFor();
    await expectAccessible(page);

    const replayed = await page.goto(answer);
    expect(replayed?.status()).toBe(400);
    expect(await sessionCookie(page)).toBeUndefined();
  });

  it('ends on a clear page when the person cancels at the provider', async () => {
    const page = await newConsolePage(browser);
    await page.goto(stack.at('/console/sign-in'));
    await page.getByRole('link', { name: 'S’identifier avec ProConnect' }).click();
    await page.getByRole('link', { name: '[ Cancel ]' }).click();

    await page.getByRole('heading', { name: 'Connexion annulée', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Revenir à la page de connexion' }).click();
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
  });
});
