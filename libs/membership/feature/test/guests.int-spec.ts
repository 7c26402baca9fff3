import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { type MessageName, type PayloadOf, QueueName } from '@cercle/contracts';
import { OutboxMessage } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { NotificationsHarness } from '../../../notifications/feature/test/notifications-harness';
import { JOIN_LIMITS } from '../src/guests/join-limits';
import { signJoinConfirmationUrl } from '../src/guests/join-link';
import { JoinRequest } from '../src/entities/join-request.entity';
import { Member } from '../src/entities/member.entity';
import { Registration } from '../src/entities/registration.entity';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

jest.setTimeout(60_000);

const rules = {
  principles: { fr: [] as string[], en: [] as string[] },
  attendanceRules: {
    fr: ['La présence est volontaire et totalement optionnelle.', 'La journée est ouverte à toutes les personnes du réseau beta.gouv.'],
    en: ['Attendance is voluntary and entirely optional.', 'The day is open to everyone in the beta.gouv network.'],
  },
};

/** Registering from the channel: the public page of an occurrence, its email, and the confirmation (double opt-in). */
describe('guests: registering from the public page of an occurrence', () => {
  let membership: MembershipTestApp;
  const notifications = new NotificationsHarness();

  const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.org`;
  const pathOf = (url: string) => new URL(url).pathname;
  const ask = (occurrenceId: string, form: Record<string, string>, query = '') =>
    membership.http().post(`/join/${occurrenceId}${query}`).type('form').send(form);
  /** The occurrence of an open forum: open to guests, with a theme and the format's rules. */
  const openForum = (communityId: string, changes: Partial<PayloadOf<'occurrence.changed'>> = {}) =>
    membership.occurrence(communityId, {
      openToGuests: true,
      theme: 'Les communs numériques',
      rules,
      location: 'Ségur, Paris',
      ...changes,
    });

  /** What membership published on a queue, once its outbox is empty. */
  async function published<N extends MessageName>(queue: QueueName, name: N, matches: (payload: PayloadOf<N>) => boolean): Promise<Job[]> {
    await waitFor(async () => (await membership.em().count(OutboxMessage, { dispatchedAt: null })) === 0, {
      description: "membership's outbox to be relayed",
    });
    const jobs = await membership.queue(queue).getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed']);
    return jobs.filter((job) => job.name === name && matches(job.data.payload)).sort((a, b) => a.timestamp - b.timestamp);
  }
  const linkRequests = (email: string) => published(QueueName.Notifications, 'registration.link-requested', (p) => p.email === email);
  /** Sends the requests' emails as notifications does, and returns what reached the address. */
  async function mailbox(email: string) {
    for (const job of await linkRequests(email))
      await notifications.feed('registration.link-requested', job.data.payload, job.data.messageId);
    return notifications.mail.messages({ to: email });
  }
  const linkIn = (text: string | undefined) => /https?:\/\/\S+\/(?:join\/confirm|r)\/[^\s]+/.exec(text ?? '')?.[0] ?? null;

  beforeAll(async () => {
    [membership] = await Promise.all([
      startMembershipApp({
        databaseUrl: await createTestDatabase('membership_guests'),
        redisUrl: testRedisUrl(),
        queuePrefix: uniquePrefix('membership-guests'),
      }),
      notifications.start('notif_guests'),
    ]);
  });

  afterAll(async () => {
    await membership?.app.close();
    await notifications.stop();
  });

  it('shows the occurrence with its date, place, theme and rules, and a name-and-email form, in French and in English', async () => {
    const { communityId } = await membership.community(['Alice']);
    const { occurrenceId } = await openForum(communityId);

    const fr = await membership.http().get(`/join/${occurrenceId}`).expect(200);
    expect(fr.text).toContain('<html lang="fr"');
    expect(fr.text).toContain('jeudi 18 mars 2027, 10:00–18:00 (heure de Paris)');
    expect(fr.text).toContain('Ségur, Paris');
    expect(fr.text).toContain('Les communs numériques');
    expect(fr.text).toContain(rules.attendanceRules.fr[0]);
    expect(fr.text).toContain('<label for="email">Votre adresse e-mail</label>');
    const en = await membership.http().get(`/join/${occurrenceId}?lang=en`).expect(200);
    expect(en.text).toContain('Thursday 18 March 2027, 10:00–18:00 (Paris time)');
    expect(en.text).toContain(rules.attendanceRules.en[1]);
    expect(en.text).toContain('Get my registration link');
  });

  it('mails someone new a confirmation link and records nothing until they confirm; confirming makes them a guest registered yes', async () => {
    const { communityId } = await membership.community(['Alice']);
    const { occurrenceId } = await openForum(communityId);
    const email = uniqueEmail('zoe');

    const sent = await ask(occurrenceId, { name: 'Zoé Invitée', email: email.toUpperCase() }).expect(200);
    expect(sent.text).toContain(`Si l’adresse ${email} est valide`);
    expect(await membership.em().count(Member, { email })).toBe(0);
    expect(await membership.em().count(Registration, { occurrenceId })).toBe(0);

    const [mail] = await mailbox(email);
    expect(mail.subject).toBe('Confirmez votre inscription à la rencontre « Rencontres ALLiaNCE »');
    expect(mail.text).toContain('Bonjour Zoé Invitée,');
    const link = linkIn(mail.text)!;
    expect(pathOf(link)).toMatch(/^\/join\/confirm\/[^/]+$/);
    expect(mail.html).toContain(`href="${link}"`);

    // Opening the link (as a mail scanner would) shows a button and registers nobody.
    const page = await membership.http().get(pathOf(link)).expect(200);
    expect(page.text).toContain('Confirmer mon inscription');
    expect(await membership.em().count(Member, { email })).toBe(0);

    const confirmed = await membership.http().post(pathOf(link)).expect(303);
    expect(confirmed.headers.location).toMatch(/^\/r\/[^/?]+\?saved=1$/);
    const guest = await membership.em().findOneOrFail(Member, { email });
    expect(guest).toMatchObject({ name: 'Zoé Invitée', guest: true, active: true, communityId, language: 'fr' });
    expect(await membership.em().findOneOrFail(Registration, { occurrenceId, memberId: guest.id })).toMatchObject({
      answer: 'yes',
      status: 'confirmed',
    });
    const list = await membership
      .http()
      .get(`/registrations/${occurrenceId}`)
      .set('Authorization', `Bearer ${await membership.organiser()}`)
      .expect(200);
    expect(list.body.registrations).toEqual([expect.objectContaining({ memberName: 'Zoé Invitée', guest: true, status: 'confirmed' })]);
    const registrationPage = await membership.http().get(confirmed.headers.location).expect(200);
    expect(registrationPage.text).toContain('Votre réponse actuelle : Oui.');

    // Events learns of the guest (flagged) and of the answer; confirming again records nothing more.
    await membership.http().post(pathOf(link)).expect(303);
    await membership.http().get(pathOf(link)).expect(303);
    expect((await membership.published(occurrenceId)).map((j) => j.data.payload)).toEqual([
      expect.objectContaining({ memberId: guest.id, answer: 'yes', status: 'confirmed' }),
    ]);
    const memberMessages = await published(QueueName.Events, 'member.changed', (p) => p.memberId === guest.id);
    expect(memberMessages.map((j) => j.data.payload)).toEqual([expect.objectContaining({ guest: true, active: true, email })]);
  });

  it('answers the same page whatever the email, and mails a known member their own registration link under their own name', async () => {
    const { communityId, memberIds } = await membership.community(['Alice Membre']);
    const member = await membership.em().findOneOrFail(Member, { id: memberIds[0] });
    const { occurrenceId } = await openForum(communityId);
    const stranger = uniqueEmail('nouveau');

    const known = await ask(occurrenceId, { name: 'Quelqu’un d’autre', email: member.email }).expect(200);
    const unknown = await ask(occurrenceId, { name: 'Quelqu’un d’autre', email: stranger }).expect(200);
    expect(known.text.replace(member.email, 'EMAIL')).toBe(unknown.text.replace(stranger, 'EMAIL'));

    const [mail] = await mailbox(member.email);
    expect(mail.subject).toBe('Votre lien d’inscription à la rencontre « Rencontres ALLiaNCE »');
    expect(mail.text).toContain('Bonjour Alice Membre,');
    expect(mail.text).not.toContain('Quelqu’un d’autre');
    const link = linkIn(mail.text)!;
    expect(pathOf(link)).toMatch(/^\/r\/[^/]+$/);
    const page = await membership.http().get(pathOf(link)).expect(200);
    expect(page.text).toContain('Bonjour Alice Membre,');
    expect(await membership.em().count(Member, { communityId })).toBe(1);
  });

  it('mails an address at most three times an hour, with the same answer each time', async () => {
    const { communityId } = await membership.community(['Alice']);
    const { occurrenceId } = await openForum(communityId);
    const email = uniqueEmail('insistant');
    const answers: string[] = [];
    for (let i = 0; i <= JOIN_LIMITS.perEmailPerHour; i += 1)
      answers.push((await ask(occurrenceId, { name: 'Insistant', email }).expect(200)).text);
    expect(new Set(answers).size).toBe(1);
    expect(await linkRequests(email)).toHaveLength(JOIN_LIMITS.perEmailPerHour);
  });

  it('answers 429 in the reader’s language to a client address past its limit, and mails nothing more', async () => {
    const { communityId } = await membership.community(['Alice']);
    const { occurrenceId } = await openForum(communityId);
    // Requests counted from this address by the earlier tests too: fill up to the limit, then one more.
    const already = await membership.em().count(JoinRequest, {});
    for (let i = already; i < JOIN_LIMITS.perAddressPerHour; i += 1)
      await ask(occurrenceId, { name: 'Robot', email: uniqueEmail('robot') }).expect(200);
    const email = uniqueEmail('trop');
    const refused = await ask(occurrenceId, { name: 'Robot', email }, '?lang=en').expect(429);
    expect(refused.headers['retry-after']).toBe('3600');
    expect(refused.text).toContain('Too many requests were made from your connection.');
    expect(await linkRequests(email)).toHaveLength(0);
    await membership.em().nativeDelete(JoinRequest, {});
  });

  it('says registration is for members, and whom to ask, on an occurrence closed to guests; it accepts nothing', async () => {
    const { communityId } = await membership.community(['Alice']);
    const { occurrenceId } = await membership.occurrence(communityId, { openToGuests: false });
    const page = await membership.http().get(`/join/${occurrenceId}`).expect(200);
    expect(page.text).toContain('Les inscriptions à cette rencontre sont réservées aux membres de sa communauté.');
    expect(page.text).toContain('demandez à ses organisateurs de vous ajouter à la communauté');
    expect(page.text).not.toContain('<form');
    const email = uniqueEmail('exterieur');
    const refused = await ask(occurrenceId, { name: 'Extérieur', email }).expect(409);
    expect(refused.text).toContain('réservées aux membres');
    expect(await linkRequests(email)).toHaveLength(0);
  });

  it('says a cancelled occurrence is cancelled, with its reason, and a past one has taken place; neither accepts anything', async () => {
    const { communityId } = await membership.community(['Alice']);
    const cancelled = await openForum(communityId, {
      status: 'cancelled',
      registrationOpen: false,
      cancellationReason: 'Salle indisponible',
    });
    const past = await openForum(communityId, { startsAt: '2020-03-18T09:00:00.000Z', endsAt: '2020-03-18T17:00:00.000Z' });

    const cancelledPage = await membership.http().get(`/join/${cancelled.occurrenceId}`).expect(200);
    expect(cancelledPage.text).toContain('Cette rencontre est annulée.</strong> Motif : Salle indisponible');
    expect(cancelledPage.text).not.toContain('<form');
    const pastPage = await membership.http().get(`/join/${past.occurrenceId}?lang=en`).expect(200);
    expect(pastPage.text).toContain('This gathering has already taken place');
    const email = uniqueEmail('retard');
    await ask(cancelled.occurrenceId, { name: 'Retard', email }).expect(409);
    await ask(past.occurrenceId, { name: 'Retard', email }).expect(409);
    expect(await linkRequests(email)).toHaveLength(0);
  });

  it('refuses the confirmation once the occurrence is cancelled, and creates no guest', async () => {
    const { communityId } = await membership.community(['Alice']);
    const occurrence = await openForum(communityId);
    const email = uniqueEmail('tardif');
    await ask(occurrence.occurrenceId, { name: 'Tardif', email }).expect(200);
    const link = linkIn((await mailbox(email))[0].text)!;
    await membership.occurrence(communityId, { ...occurrence, status: 'cancelled', registrationOpen: false, cancellationReason: 'Grève' });

    const page = await membership.http().get(pathOf(link)).expect(409);
    expect(page.text).toContain('Motif : Grève');
    await membership.http().post(pathOf(link)).expect(409);
    expect(await membership.em().count(Member, { email })).toBe(0);
  });

  it('names the field in the reader’s language when the name or the email is wrong, and keeps what was typed', async () => {
    const { communityId } = await membership.community(['Alice']);
    const { occurrenceId } = await openForum(communityId);
    const fr = await ask(occurrenceId, { name: '  ', email: 'pas-une-adresse' }).expect(400);
    expect(fr.text).toContain('Votre nom : Indiquez votre nom.');
    expect(fr.text).toContain('Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.');
    expect(fr.text).toContain('value="pas-une-adresse"');
    const en = await ask(occurrenceId, { name: 'Sam' }, '?lang=en').expect(400);
    expect(en.text).toContain('Your email address : Give a valid email address');
  });

  it('answers an unknown occurrence, a forged link and an expired request with a page saying so', async () => {
    await membership.http().get(`/join/${randomUUID()}`).expect(404);
    await membership.http().get('/join/not-an-id').expect(404);
    const forged = await membership.http().get('/join/confirm/abc.def').expect(400);
    expect(forged.text).toContain('Ce lien n’est pas valide.');
    // A request deleted once past its link's end (or never made): "ask again".
    const gone = signJoinConfirmationUrl(membership.config, {
      id: randomUUID(),
      occurrenceId: randomUUID(),
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const expired = await membership.http().post(pathOf(gone)).expect(410);
    expect(expired.text).toContain('Ce lien de confirmation a expiré. Demandez-en un nouveau');
  });

  it('counts guests in the capacity like members: past it, a guest waits on the waiting list', async () => {
    const { communityId, memberIds } = await membership.community(['Alice']);
    const { occurrenceId } = await openForum(communityId, { capacity: 1 });
    await membership
      .http()
      .post(membership.link(memberIds[0], occurrenceId))
      .set('Accept', 'application/json')
      .send({ answer: 'yes' })
      .expect(201);
    const email = uniqueEmail('attente');
    await ask(occurrenceId, { name: 'En attente', email }).expect(200);
    await membership
      .http()
      .post(pathOf(linkIn((await mailbox(email))[0].text)!))
      .expect(303);
    const guest = await membership.em().findOneOrFail(Member, { email });
    expect(await membership.em().findOneOrFail(Registration, { occurrenceId, memberId: guest.id })).toMatchObject({
      answer: 'yes',
      status: 'waitlisted',
    });
  });

  it('lets a guest answer only where guests are welcome, and makes them a member when an organiser adds their address', async () => {
    const { communityId } = await membership.community(['Alice']);
    const forum = await openForum(communityId);
    const closed = await membership.occurrence(communityId, { openToGuests: false });
    const email = uniqueEmail('invite');
    await ask(forum.occurrenceId, { name: 'Invité', email }).expect(200);
    await membership
      .http()
      .post(pathOf(linkIn((await mailbox(email))[0].text)!))
      .expect(303);
    const guest = await membership.em().findOneOrFail(Member, { email });

    const refused = await membership.http().get(membership.link(guest.id, closed.occurrenceId)).expect(403);
    expect(refused.text).toContain('réservée aux membres');

    const auth = { Authorization: `Bearer ${await membership.organiser()}` };
    const added = await membership
      .http()
      .post(`/communities/${communityId}/members`)
      .set(auth)
      .send({ members: [{ name: 'Invité Devenu Membre', email }] })
      .expect(201);
    expect(added.body.members[0]).toMatchObject({ id: guest.id, guest: false });
    await membership.http().get(membership.link(guest.id, closed.occurrenceId)).expect(200);
    const messages = await published(QueueName.Events, 'member.changed', (p) => p.memberId === guest.id);
    expect(messages.map((j) => j.data.payload.guest)).toEqual([true, false]);
  });

  it('forgets the requests made under an address when the member with that address is erased', async () => {
    const { communityId } = await membership.community(['Alice']);
    const { occurrenceId } = await openForum(communityId);
    const email = uniqueEmail('oubli');
    await ask(occurrenceId, { name: 'À oublier', email }).expect(200);
    await membership
      .http()
      .post(pathOf(linkIn((await mailbox(email))[0].text)!))
      .expect(303);
    await ask(occurrenceId, { name: 'À oublier', email }).expect(200);
    const guest = await membership.em().findOneOrFail(Member, { email });
    expect(await membership.em().count(JoinRequest, { email })).toBe(2);

    await membership
      .http()
      .post(`/members/${guest.id}/erase`)
      .set('Authorization', `Bearer ${await membership.organiser()}`)
      .expect(202);
    expect(await membership.em().count(JoinRequest, { email })).toBe(0);
  });
});
