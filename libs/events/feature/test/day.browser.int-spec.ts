import { existsSync, mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import request from 'supertest';
import { createTestDatabase, testRedisUrl, uniquePrefix } from '@cercle/testing';
import { TopicProposal } from '../src/entities/topic-proposal.entity';
import { WorkshopScribe } from '../src/entities/workshop-scribe.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = resolve(__dirname, '../../../../dist/screenshots');

/** A fixed-offset zone in which it is now about 08:00, so a forum moved to "in two minutes" ends the same local day. */
function zoneWhereItIsMorning(now: Date): string {
  const hours = 8 - now.getUTCHours();
  const offset = hours > 14 ? hours - 24 : hours < -12 ? hours + 24 : hours;
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** The room's page as someone in the room meets it from the QR code: headless Chromium, no script, keyboard only. */
describe("the open forum's day page in a browser", () => {
  let events: EventsTestApp;
  let browser: Browser;
  let page: Page;
  let url: string;
  let occurrenceId: string;
  const communityId = randomUUID();
  const http = () => request(events.app.getHttpServer());

  /** Tabs until the element with this id has the focus; fails when it is not reachable by keyboard. */
  async function tabTo(id: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate('document.activeElement?.id')) === id) return;
    }
    throw new Error(`#${id} cannot be reached with the Tab key`);
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it (Debian package "chromium"), or set CHROMIUM_PATH`);
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_day_browser'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-day-browser'),
    });
    const token = await events.issueToken(communityId);
    const auth = { Authorization: `Bearer ${token}` };
    await events.deliver('community.changed', { communityId, name: 'ALLiaNCE', mattermostChannelId: 'town-square', defaultLanguage: 'fr' });
    const year = new Date().getUTCFullYear() + 1;
    const series = await http()
      .post('/series')
      .set(auth)
      .send({
        communityId,
        title: 'Rencontres ALLiaNCE',
        formatId: 'open-forum',
        location: 'Ségur, Paris',
        recurrence: {
          rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU',
          firstDate: `${year}-06-01`,
          startTime: '10:00',
          timeZone: zoneWhereItIsMorning(new Date()),
        },
      })
      .expect(201);
    occurrenceId = series.body.occurrence.id;
    await http()
      .post(`/occurrences/${occurrenceId}/reschedule`)
      .set(auth)
      .send({ startsAt: new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 2 * 60_000).toISOString() })
      .expect(200);
    const topic = await http()
      .post(`/occurrences/${occurrenceId}/topics`)
      .set(auth)
      .send({ title: 'Démo du DSFR', kind: 'workshop', guestName: 'Camille', addedOnTheDay: true })
      .expect(201);
    const slot = (await http().get(`/occurrences/${occurrenceId}/programme`).set(auth).expect(200)).body.slots[0];
    await http()
      .put(`/topics/${topic.body.id}/placement`)
      .set(auth)
      .send({ selected: true, room: 'Salle 2', localStart: slot.localStart, localEnd: slot.localEnd })
      .expect(200);
    const link = await http().get(`/occurrences/${occurrenceId}/day-link`).set(auth).expect(200);
    await events.app.listen(0, '127.0.0.1');
    const base = (await events.app.getUrl()).replace('[::1]', '127.0.0.1');
    url = `${base}${new URL(link.body.url).pathname}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
  });

  afterAll(async () => {
    await browser?.close();
    await events?.app.close();
  });

  it('shows the programme by slot and room, in French, on a phone-sized screen', async () => {
    await page.goto(url);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Démo du DSFR — Salle 2, /);
    expect(text).toContain('pas encore de scribe');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
  });

  it('adds a topic with the keyboard alone, and confirms it', async () => {
    await page.goto(url);
    await tabTo('topic-name');
    await page.keyboard.type('Alex');
    await tabTo('topic-title');
    await page.keyboard.type('Comment remplir ma fiche action ?');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').innerText()).resolves.toContain('Votre sujet est ajouté.');
    expect(await page.locator('main').innerText()).toContain('Comment remplir ma fiche action ? (Atelier, proposé par Alex)');
    expect(await events.em().findOne(TopicProposal, { occurrenceId, title: 'Comment remplir ma fiche action ?' })).toMatchObject({
      proposerName: 'Alex',
      addedOnTheDay: true,
      kind: 'workshop',
    });
  });

  it('puts the keyboard on the error summary when the name is missing, and its link on the field', async () => {
    await page.goto(url);
    await tabTo('topic-title');
    await page.keyboard.type('Sans nom');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Indiquez votre nom.');
    expect(await page.evaluate('document.activeElement?.getAttribute("role")')).toBe('alert');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('topic-name');
    expect(await page.getByLabel('Titre du sujet').inputValue()).toBe('Sans nom');
  });

  it('takes a volunteer scribe with the keyboard alone, then offers that workshop to nobody else', async () => {
    await page.goto(url);
    await tabTo('scribe-topicId');
    await tabTo('scribe-name');
    await page.keyboard.type('Sacha');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').innerText()).resolves.toContain('vous êtes scribe de cet atelier');
    expect(await page.locator('main').innerText()).toContain('Scribe : Sacha');
    expect(await events.em().findOne(WorkshopScribe, { occurrenceId })).toMatchObject({
      workshop: 'Démo du DSFR',
      volunteerName: 'Sacha',
      memberId: null,
    });
    expect(await page.locator('#scribe-topicId').count()).toBe(0);
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: resolve(screenshots, 'day-page-360px.png'), fullPage: true });
  });
});
