import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { QueueName } from '@cercle/contracts';
import { OutboxMessage } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { NotificationsHarness } from '../../../notifications/feature/test/notifications-harness';
import { Member } from '../src/entities/member.entity';
import { Registration } from '../src/entities/registration.entity';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

jest.setTimeout(90_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = resolve(__dirname, '../../../../dist/screenshots');

/**
 * Registering from the channel as someone new meets it: the public page in headless Chromium (no script),
 * the confirmation email read from the SMTP catcher, its link opened and confirmed in the browser.
 */
describe('the public registration page in a browser', () => {
  let membership: MembershipTestApp;
  const notifications = new NotificationsHarness();
  let browser: Browser;
  let page: Page;
  let publicPage: string;
  let occurrenceId: string;
  const email = `camille-${Date.now()}@example.org`;

  /** Sends the emails membership asked for, as notifications does, and returns the confirmation's link. */
  async function linkInMailbox(): Promise<string> {
    await waitFor(async () => (await membership.em().count(OutboxMessage, { dispatchedAt: null })) === 0, {
      description: "membership's outbox to be relayed",
    });
    const jobs = await membership
      .queue(QueueName.Notifications)
      .getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed']);
    for (const job of jobs.filter((j) => j.name === 'registration.link-requested')) {
      await notifications.feed('registration.link-requested', job.data.payload, job.data.messageId);
    }
    const [mail] = notifications.mail.messages({ to: email });
    expect(mail.subject).toBe('Confirmez votre inscription à la rencontre « Rencontres ALLiaNCE »');
    const link = /https?:\/\/\S+\/join\/confirm\/\S+/.exec(mail.text ?? '')?.[0];
    if (!link) throw new Error(`no confirmation link in:\n${mail.text}`);
    // The email's link is on PUBLIC_URL (the gateway); the test's service listens on its own port.
    return `${membership.baseUrl}${new URL(link).pathname}`;
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it (Debian package "chromium"), or set CHROMIUM_PATH`);
    }
    [membership] = await Promise.all([
      startMembershipApp({
        databaseUrl: await createTestDatabase('membership_join_browser'),
        redisUrl: testRedisUrl(),
        queuePrefix: uniquePrefix('membership-join-browser'),
      }),
      notifications.start('notif_join_browser'),
    ]);
    const community = await membership.community(['Léa Martin']);
    const occurrence = await membership.occurrence(community.communityId, {
      title: 'Rencontres ALLiaNCE',
      startsAt: '2027-03-18T09:00:00.000Z',
      endsAt: '2027-03-18T17:00:00.000Z',
      location: 'Ségur, 14 avenue Duquesne, Paris',
      openToGuests: true,
      theme: 'Les communs numériques',
      rules: {
        principles: { fr: [], en: [] },
        attendanceRules: {
          fr: ['La présence est volontaire et totalement optionnelle.'],
          en: ['Attendance is voluntary and entirely optional.'],
        },
      },
    });
    occurrenceId = occurrence.occurrenceId;
    publicPage = `${membership.baseUrl}/join/${occurrenceId}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 800, height: 900 }, javaScriptEnabled: false });
  });

  afterAll(async () => {
    await browser?.close();
    await membership?.app.close();
    await notifications.stop();
  });

  it('shows the occurrence in French and switches to English by a plain link', async () => {
    await page.goto(publicPage);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const text = await page.locator('main').innerText();
    expect(text).toContain('jeudi 18 mars 2027, 10:00–18:00 (heure de Paris)');
    expect(text).toContain('Les communs numériques');
    expect(text).toContain('La présence est volontaire et totalement optionnelle.');
    await page.getByRole('link', { name: 'English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('main').innerText()).toContain('Attendance is voluntary and entirely optional.');
  });

  it('names the field when the email is wrong, and keeps the name typed', async () => {
    await page.goto(publicPage);
    await page.getByLabel('Votre nom').fill('Camille Invitée');
    await page.getByLabel('Votre adresse e-mail').fill('camille@');
    await page.getByRole('button', { name: 'Recevoir mon lien d’inscription' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Votre adresse e-mail : Indiquez une adresse e-mail valide');
    expect(await page.getByLabel('Votre nom').inputValue()).toBe('Camille Invitée');
    expect(await page.getByLabel('Votre adresse e-mail').getAttribute('aria-invalid')).toBe('true');
  });

  it('fills the form, reads the email, opens its link and confirms: a guest registered yes', async () => {
    await page.goto(publicPage);
    await page.getByLabel('Votre nom').fill('Camille Invitée');
    await page.getByLabel('Votre adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Recevoir mon lien d’inscription' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain(`Si l’adresse ${email} est valide`);
    expect(await membership.em().count(Member, { email })).toBe(0);

    await page.goto(await linkInMailbox());
    expect(await page.locator('main').innerText()).toContain('Bonjour Camille Invitée, confirmez votre inscription');
    await page.getByRole('button', { name: 'Confirmer mon inscription' }).click();

    await expect(page.getByRole('status').innerText()).resolves.toContain('Votre réponse est enregistrée.');
    expect(await page.locator('main').innerText()).toContain('Votre réponse actuelle : Oui. Votre place est confirmée.');
    const guest = await membership.em().findOneOrFail(Member, { email });
    expect(guest).toMatchObject({ guest: true, name: 'Camille Invitée' });
    expect(await membership.em().findOneOrFail(Registration, { occurrenceId, memberId: guest.id })).toMatchObject({
      answer: 'yes',
      status: 'confirmed',
    });
    mkdirSync(screenshots, { recursive: true });
    await page.goto(publicPage);
    await page.screenshot({ path: resolve(screenshots, 'join-page.png'), fullPage: true });
  });
});
