import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { KnownToken } from '@cercle/platform';
import { signLink } from '@cercle/signed-links';
import { createTestDatabase, nonIsoTimes, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
import { Occurrence } from '../src/entities/occurrence.entity';
import { OccurrenceNote } from '../src/entities/occurrence-note.entity';
import { OccurrenceStep } from '../src/entities/occurrence-step.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

describe('notes: scribes, the reminder, the deadline, the archive and the search', () => {
  let events: EventsTestApp;
  let token: string;
  const eig = randomUUID();
  const other = randomUUID();
  const [lou, sam] = [randomUUID(), randomUUID()];
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const link = (memberId: string, occurrenceId: string) =>
    signLink(events.config.LINK_SECRET, { purpose: 'notes', memberId, subjectId: occurrenceId, exp: Math.floor(Date.now() / 1000) + 3600 });
  const series = async (communityId: string, title: string) =>
    (
      await http()
        .post('/series')
        .set(auth())
        .send({
          communityId,
          title,
          formatId: 'peer-group',
          recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '19:00' },
        })
        .expect(201)
    ).body.occurrence.id as string;
  let occurrenceId: string;

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_notes'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-notes'),
    });
    token = await events.issueToken(eig, other);
    for (const communityId of [eig, other]) {
      await events.deliver('community.changed', {
        communityId,
        name: communityId === eig ? 'EIG' : 'Autre',
        mattermostChannelId: null,
        defaultLanguage: 'fr',
      });
    }
    for (const [memberId, name] of [
      [lou, 'Lou'],
      [sam, 'Sam'],
    ]) {
      await events.deliver('member.changed', {
        memberId,
        communityId: eig,
        name,
        email: `${name}@example.org`,
        language: 'fr',
        mattermostUsername: null,
        active: true,
      });
    }
    await waitFor(
      async () =>
        (await events.em().count(CommunityRef, {})) === 2 &&
        (await events.em().count(KnownToken, {})) &&
        (await events.em().count(MemberRef, {})) === 2,
      {
        description: 'the token, the communities and the members to reach events',
      },
    );
    occurrenceId = await series(eig, 'Groupe de partage entre pairs');
    await http().put(`/occurrences/${occurrenceId}/scribes`).set(auth()).send({ workshop: 'Échange', memberId: lou }).expect(200);
    await http().put(`/occurrences/${occurrenceId}/scribes`).set(auth()).send({ workshop: 'Tour de table', memberId: sam }).expect(200);
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it("shows the scribe's page in French by default, in English on request, with the deadline and a form that needs no JavaScript", async () => {
    const deadline = (await events.em().findOneOrFail(OccurrenceStep, { occurrenceId, step: 'archiveNotes' })).dueAt;
    const fr = await http()
      .get(`/notes/${link(lou, occurrenceId)}`)
      .expect(200);
    expect(fr.text).toContain('<html lang="fr">');
    expect(fr.text).toContain('Date limite');
    expect(fr.text).toMatch(
      /<form method="post"[^>]*>[\s\S]*<label for="notes-0">Notes \(Markdown\)<\/label>[\s\S]*<textarea id="notes-0" name="markdown"/,
    );
    expect(fr.text).toContain('<input type="hidden" name="workshop" value="Échange">');
    const en = await http()
      .get(`/notes/${link(lou, occurrenceId)}?lang=en`)
      .expect(200);
    expect(en.text).toContain('Deadline:');
    const json = await http()
      .get(`/notes/${link(lou, occurrenceId)}`)
      .set('Accept', 'application/json')
      .expect(200);
    expect(json.body).toMatchObject({
      deadline: deadline.toISOString(),
      scribeName: 'Lou',
      closed: null,
      workshops: [{ workshop: 'Échange', markdown: null }],
    });
  });

  it('takes notes from the form post and from JSON, and refuses a workshop the member is not the scribe of', async () => {
    const form = await http()
      .post(`/notes/${link(lou, occurrenceId)}`)
      .type('form')
      .set('Accept', 'text/html')
      .send({ workshop: 'Échange', markdown: '# Brouillon' })
      .expect(200);
    expect(form.text).toContain('role="status"');
    await http()
      .post(`/notes/${link(lou, occurrenceId)}`)
      .send({ workshop: 'Échange', markdown: "Le comité a pris des décisions sur l'accessibilité numérique des démarches." })
      .expect(200);
    const notLou = await http()
      .post(`/notes/${link(lou, occurrenceId)}`)
      .send({ workshop: 'Tour de table', markdown: 'x' })
      .expect(403);
    expect(notLou.body.code).toBe('not-scribe');
  });

  it('reminds only the scribes who have not submitted, with their notes link and the deadline', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await http().post(`/occurrences/${occurrenceId}/advance`).set(auth()).expect(200);
      if (res.body.ran.some((r: { step: string }) => r.step === 'remindNotes')) break;
    }
    const deadline = (await events.em().findOneOrFail(OccurrenceStep, { occurrenceId, step: 'archiveNotes' })).dueAt;
    const reminder = await waitFor(
      async () =>
        (await events.notificationJobs()).find(
          (j) => j.data.payload.kind === 'notesReminder' && j.data.payload.occurrence.occurrenceId === occurrenceId,
        ),
      { description: 'the notes reminder' },
    );
    expect(reminder.data.payload).toMatchObject({
      audience: { type: 'members', memberIds: [sam] },
      links: { notes: true },
      deadline: deadline.toISOString(),
      contributions: [{ memberId: sam, memberName: 'Sam', role: 'scribe', workshop: 'Tour de table' }],
    });
  });

  it('refuses notes after the deadline (the archiveNotes due time), through the link and the API alike', async () => {
    await events.em().nativeUpdate(OccurrenceStep, { occurrenceId, step: 'archiveNotes' }, { dueAt: new Date(Date.now() - 60_000) });
    const late = await http()
      .post(`/notes/${link(sam, occurrenceId)}`)
      .send({ workshop: 'Tour de table', markdown: 'en retard' })
      .expect(409);
    expect(late.body).toMatchObject({ code: 'NOTES_CLOSED' });
    expect(late.body.message).toMatch(/^The deadline for notes passed on \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(Europe\/Paris\)\.$/);
    await http()
      .post(`/occurrences/${occurrenceId}/notes`)
      .set(auth())
      .send({ workshop: 'Tour de table', markdown: 'en retard' })
      .expect(409);
    const page = await http()
      .get(`/notes/${link(sam, occurrenceId)}`)
      .expect(200);
    expect(page.text).toContain('La date limite de dépôt des notes est passée.');
    expect(page.text).not.toContain('<textarea');
  });

  it('refuses notes for a cancelled occurrence', async () => {
    const cancelled = await series(eig, 'Annulée');
    await events.em().nativeUpdate(Occurrence, { id: cancelled }, { status: 'cancelled' });
    const refused = await http()
      .post(`/occurrences/${cancelled}/notes`)
      .set(auth())
      .send({ workshop: 'Échange', markdown: 'x' })
      .expect(409);
    expect(refused.body.message).toMatch(/cancelled/);
  });

  it('archives the notes with the scribe names', async () => {
    await http().post(`/occurrences/${occurrenceId}/advance`).set(auth()).expect(200);
    const archive = await waitFor(
      async () =>
        (await events.notificationJobs()).find(
          (j) => j.data.payload.kind === 'notesArchive' && j.data.payload.occurrence.occurrenceId === occurrenceId,
        ),
      { description: 'the notes archive' },
    );
    expect(archive.data.payload.notes).toEqual([{ workshop: 'Échange', scribe: 'Lou', markdown: expect.stringContaining('décisions') }]);
  });

  it("finds a community's notes by a French word with or without accents, ranked, and never another community's", async () => {
    const elsewhere = await series(other, 'Autre groupe');
    await http()
      .post(`/occurrences/${elsewhere}/notes`)
      .set(auth())
      .send({ workshop: 'Décisions', markdown: 'Les décisions du comité.' })
      .expect(200);
    for (const q of ['decision', 'décisions', 'comite', '"accessibilité numérique"']) {
      const res = await http().get('/notes').query({ communityId: eig, q }).set(auth()).expect(200);
      expect({ q, found: res.body.items.map((i: { workshop: string; scribeName: string }) => `${i.workshop}/${i.scribeName}`) }).toEqual({
        q,
        found: ['Échange/Lou'],
      });
      expect(res.body.items[0]).toMatchObject({
        occurrenceId,
        seriesTitle: 'Groupe de partage entre pairs',
        archivedAt: expect.any(String),
        occurrenceDate: expect.stringMatching(/^\d{4}-03-\d{2}$/),
      });
    }
    const none = await http().get('/notes').query({ communityId: eig, q: 'piscine' }).set(auth()).expect(200);
    expect(none.body).toMatchObject({ total: 0, items: [] });
    const theirs = await http().get('/notes').query({ communityId: other, q: 'décision' }).set(auth()).expect(200);
    expect(theirs.body.items.map((i: { occurrenceId: string }) => i.occurrenceId)).toEqual([elsewhere]);
    const paged = await http().get('/notes').query({ communityId: eig, pageSize: 1, page: 2 }).set(auth()).expect(200);
    expect(paged.body).toMatchObject({ total: 1, page: 2, items: [] });
    await http().get('/notes').query({ communityId: eig, q: 'comite' }).expect(401);
  });

  it('answers every time of the notes, the occurrence and the scribe page in ISO 8601, the instants as they are stored', async () => {
    const listed = (await http().get('/notes').query({ communityId: eig }).set(auth()).expect(200)).body;
    const [note] = await events.em().find(OccurrenceNote, { occurrenceId, workshop: 'Échange' });
    const archived = await events.em().findOneOrFail(OccurrenceStep, { occurrenceId, step: 'archiveNotes' });
    const occurrence = await events.em().findOneOrFail(Occurrence, { id: occurrenceId });
    expect(listed.items[0]).toMatchObject({
      startsAt: occurrence.startsAt.toISOString(),
      submittedAt: note.submittedAt.toISOString(),
      archivedAt: archived.doneAt?.toISOString(),
    });
    const answers = {
      notes: listed,
      searched: (await http().get('/notes').query({ communityId: eig, q: 'comite' }).set(auth()).expect(200)).body,
      occurrence: (await http().get(`/occurrences/${occurrenceId}`).set(auth()).expect(200)).body,
      scribePage: (
        await http()
          .get(`/notes/${link(sam, occurrenceId)}`)
          .set('Accept', 'application/json')
          .expect(200)
      ).body,
    };
    expect(nonIsoTimes(answers)).toEqual([]);
  });
});
