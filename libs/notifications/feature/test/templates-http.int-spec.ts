import { randomUUID } from 'node:crypto';
import { notificationRequest, NotificationsHarness, seedCommunity, seedSeries } from './notifications-harness';

jest.setTimeout(60_000);

describe('notifications: organiser templates and previews', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_templates'));
  afterAll(() => harness.stop());

  it('uses a series override for that series only, and the built-in one again once it is deleted', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Maud' }]);
    const seriesId = await seedSeries(harness, communityId);
    const path = `/notifications/templates/${seriesId}/announcement/fr`;
    const saved = await harness.http('PUT', path, { subject: 'Rendez-vous : {{title}} ({{day}})', chat: 'Venez à **{{title}}** !' });
    expect(saved.status).toBe(200);
    expect(saved.body.override).toEqual({ subject: 'Rendez-vous : {{title}} ({{day}})', chat: 'Venez à **{{title}}** !' });

    const occurrence = { ...notificationRequest(communityId).occurrence, seriesId, title: `Série ${seriesId.slice(0, 6)}` };
    const request = notificationRequest(communityId, { channelPost: true, occurrence });
    await harness.feed('notification.requested', request);
    await harness.settled(request.notificationId, 2);
    expect(harness.mail.messages({ to: members[0].email })[0].subject).toBe(`Rendez-vous : ${occurrence.title} (jeudi 12 mars 2026)`);
    expect(harness.mattermost.posts().find((p) => p.message.includes(occurrence.title))!.message).toBe(
      `Venez à **${occurrence.title}** !\n`,
    );

    expect((await harness.http('DELETE', path)).status).toBe(204);
    // The next occurrence of the series (an occurrence is announced once).
    const again = notificationRequest(communityId, {
      occurrence: { ...occurrence, occurrenceId: randomUUID(), title: `${occurrence.title} bis` },
    });
    await harness.feed('notification.requested', again);
    await harness.settled(again.notificationId, 1);
    expect(harness.mail.messages({ to: members[0].email })[1].subject).toBe(`${occurrence.title} bis — jeudi 12 mars 2026`);
    expect((await harness.http('DELETE', path)).status).toBe(404);
  });

  it('refuses an override that does not compile or prints unescaped values, and saves nothing', async () => {
    const path = `/notifications/templates/${await seedSeries(harness, (await seedCommunity(harness, [])).communityId)}/agenda/en`;
    const broken = await harness.http('PUT', path, { html: '<p>{{#each agenda}}</p>' });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toContain('html');
    expect((await harness.http('PUT', path, { html: '<p>{{{title}}}</p>' })).status).toBe(400);
    expect((await harness.http('PUT', path, {})).status).toBe(400);
    expect((await harness.http('GET', path)).body.override).toBeNull();
  });

  it('previews a kind on the sample or on given data, with the override, for organisers only', async () => {
    const sample = await harness.http('GET', '/previews?kind=waitingList&language=fr');
    expect(sample.status).toBe(200);
    expect(sample.body.text).toContain('liste d’attente, en position 2');
    expect(sample.body.html).toContain('<meta name="viewport"');
    expect(sample.body.chat).toContain(':hourglass:');

    const seriesId = await seedSeries(harness, (await seedCommunity(harness, [])).communityId);
    await harness.http('PUT', `/notifications/templates/${seriesId}/readinessEscalation/en`, { subject: 'Check {{title}}' });
    const given = await harness.http('POST', '/previews', {
      kind: 'readinessEscalation',
      language: 'en',
      seriesId,
      sample: { contributions: [{ memberName: 'Nina', role: 'contributor', kind: 'demo', title: null, missing: ['title'] }] },
    });
    expect(given.status).toBe(200);
    expect(given.body.overridden).toBe(true);
    expect(given.body.subject).toBe('Check Peer-sharing group');
    expect(given.body.text).toContain('- Nina (contributor) [demo] — missing the title');
    expect((await fetch(`${harness.url}/previews?kind=agenda`)).status).toBe(401);
  });
});
