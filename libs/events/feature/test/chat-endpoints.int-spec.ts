import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { signChatAction } from '@cercle/signed-links';
import { MattermostDouble } from '@cercle/dev-servers';
import { OutboxMessage } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { ChatAction } from '../src/entities/chat-action.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
import { Occurrence } from '../src/entities/occurrence.entity';
import { RegistrationAnswer } from '../src/entities/registration-answer.entity';
import { TopicProposal } from '../src/entities/topic-proposal.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

const COMMAND_TOKEN = 'x4bq1ccmd0token0for0tests0';

/**
 * The chat endpoints of events against a Mattermost double: the slash command's token and the buttons'
 * signed contexts are the only way in (401 and nothing recorded otherwise), and a Mattermost that does not
 * answer makes the command say so, recording nothing.
 */
describe('chat endpoints: /chat/command and /chat/actions', () => {
  let events: EventsTestApp;
  let double: MattermostDouble;
  let botToken: string;
  let channelId: string;
  let occurrenceId: string;
  const communityId = randomUUID();
  const [camille, dominique] = [randomUUID(), randomUUID()];
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const users: Record<string, string> = {};

  /** What a chat call could have written: the chat's rows, topics, and messages for membership. */
  const written = async () => ({
    chatActions: await events.em().count(ChatAction, {}),
    topics: await events.em().count(TopicProposal, {}),
    handedOver: await events.em().count(OutboxMessage, { name: 'registration.answered-in-chat' }),
  });
  const command = (fields: Record<string, string>) =>
    http()
      .post('/chat/command')
      .type('form')
      .send({ token: COMMAND_TOKEN, team_id: 'team', channel_id: channelId, text: '', ...fields });

  beforeAll(async () => {
    double = new MattermostDouble();
    const { url } = await double.start();
    const bot = double.createBot('cercle-bot');
    botToken = bot.token;
    channelId = double.addChannel({ name: 'eig', memberIds: [bot.user.id] }).id;
    users.camille = double.addUser({ username: 'camille', email: 'camille@example.org' }).id;
    // Known to Mattermost under another name than the one membership holds: only the email matches.
    users.dominique = double.addUser({ username: 'dom-autre', email: 'dominique@example.org' }).id;
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_chat'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-chat'),
      env: { MATTERMOST_URL: url, MATTERMOST_TOKEN: botToken, MATTERMOST_COMMAND_TOKEN: COMMAND_TOKEN },
    });
    const token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: channelId, defaultLanguage: 'fr' });
    const member = (memberId: string, name: string, email: string, mattermostUsername: string | null) =>
      events.deliver('member.changed', { memberId, communityId, name, email, language: 'fr', mattermostUsername, active: true });
    await member(camille, 'Camille', 'camille@example.org', 'camille');
    await member(dominique, 'Dominique', 'dominique@example.org', null);
    await waitFor(async () => (await events.em().count(MemberRef, { communityId })) === 2, { description: 'members in events' });
    const created = await http()
      .post('/series')
      .set({ Authorization: `Bearer ${token}` })
      .send({
        communityId,
        title: 'Groupe EIG',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU', firstDate: `${year}-03-01`, startTime: '12:30' },
      })
      .expect(201);
    occurrenceId = created.body.occurrence.id;
    await http()
      .post(`/occurrences/${occurrenceId}/advance`)
      .set({ Authorization: `Bearer ${token}` })
      .send({})
      .expect(200);
  }, 120000);

  afterAll(async () => {
    await events?.app.close();
    await double?.stop();
  });

  it('refuses a slash command without the command token with 401, recording nothing', async () => {
    const before = await written();
    await command({ token: 'not-the-token', user_id: users.camille, user_name: 'camille', text: 'oui' }).expect(401);
    await command({ token: '', user_id: users.camille, user_name: 'camille', text: 'sujet Un sujet' }).expect(401);
    expect(await written()).toEqual(before);
  });

  it('hands a registration typed in the chat to membership with its own row, in one transaction', async () => {
    const before = await written();
    const res = await command({ user_id: users.camille, user_name: 'camille', text: 'oui' }).expect(200);
    expect(res.body).toEqual({ response_type: 'ephemeral', text: 'C’est noté : vous venez.' });
    expect(await written()).toEqual({ ...before, chatActions: before.chatActions + 1, handedOver: before.handedOver + 1 });
  });

  it('answers that it cannot right now when Mattermost does not answer, recording nothing', async () => {
    const before = await written();
    double.failNext(1, { status: 503, path: /^\/users\// });
    const res = await command({ user_id: users.dominique, user_name: 'dom-autre', text: 'oui' }).expect(200);
    expect(res.body.text).toMatch(/Je ne peux pas répondre pour l’instant/);
    expect(await written()).toEqual(before);
    // Once Mattermost answers, the same person is found by the email of their account.
    const again = await command({ user_id: users.dominique, user_name: 'dom-autre', text: 'oui' }).expect(200);
    expect(again.body.text).toBe('C’est noté : vous venez.');
  });

  it('refuses a forged or altered button context with 401, recording nothing', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const genuine = signChatAction(events.config.LINK_SECRET, { action: 'register', occurrenceId, answer: 'no' }, exp);
    const forged = signChatAction('another-secret-that-is-long-enough-0000', { action: 'register', occurrenceId, answer: 'yes' }, exp);
    const before = await written();
    for (const context of [{ ...genuine, answer: 'yes' }, forged, { action: 'register', occurrenceId, answer: 'yes' }, 'nothing']) {
      await http()
        .post('/chat/actions')
        .send({ user_id: users.camille, user_name: 'camille', channel_id: channelId, post_id: '', context })
        .expect(401);
    }
    expect(await written()).toEqual(before);
  });

  /** A post of the bot in a channel carrying the announcement's buttons (Mattermost shows their ids, never their contexts). */
  const announcement = (inChannel: string) =>
    fetch(`${double.url}/api/v4/posts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${botToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        channel_id: inChannel,
        message: 'Annonce',
        props: {
          attachments: [
            { fallback: '', text: '', actions: ['cercleyes', 'cerclemaybe', 'cercleno'].map((id) => ({ id, name: id, type: 'button' })) },
          ],
        },
      }),
    }).then((r) => r.json() as Promise<{ id: string }>);
  const registerContext = (answer: 'yes' | 'maybe' | 'no') =>
    signChatAction(events.config.LINK_SECRET, { action: 'register', occurrenceId, answer }, Math.floor(Date.now() / 1000) + 3600);
  const click = (body: Record<string, unknown>) =>
    http()
      .post('/chat/actions')
      .send({ channel_id: channelId, ...body });
  /** How many chat rows and answers handed to membership name each member. */
  const recordedFor = async (memberId: string) => ({
    rows: await events.em().count(ChatAction, { memberId }),
    answers: (await events.em().find(OutboxMessage, { name: 'registration.answered-in-chat' })).filter(
      (m) => (m.payload as { memberId: string }).memberId === memberId,
    ).length,
  });

  it('records a genuine click and redraws the post it came from with the counts', async () => {
    const post = await announcement(channelId);
    const before = await written();
    const res = await click({ user_id: users.camille, user_name: 'camille', post_id: post.id, context: registerContext('maybe') }).expect(
      200,
    );
    expect(res.body.ephemeral_text).toBe('C’est noté : peut-être.');
    expect(res.body.update.message).toBe('Annonce');
    expect(res.body.update.props.attachments[0].text).toContain('Peut-être\u00a0: 1');
    expect(await written()).toEqual({ ...before, chatActions: before.chatActions + 1, handedOver: before.handedOver + 1 });
  });

  it('records a click for the person Mattermost says the user id is, never for the user_name the body claims', async () => {
    const post = await announcement(channelId);
    const before = { dominique: await recordedFor(dominique), camille: await recordedFor(camille) };
    // Dominique's id with Camille's name: Mattermost knows that id as dom-autre, found by email.
    const res = await click({ user_id: users.dominique, user_name: 'camille', post_id: post.id, context: registerContext('no') }).expect(
      200,
    );
    expect(res.body.ephemeral_text).toBe('C’est noté : vous ne venez pas.');
    expect(await recordedFor(dominique)).toEqual({ rows: before.dominique.rows + 1, answers: before.dominique.answers + 1 });
    expect(await recordedFor(camille)).toEqual(before.camille);
  });

  it('takes an unknown user id for nobody, whatever name the body gives, recording nothing', async () => {
    const post = await announcement(channelId);
    const before = await written();
    const res = await click({
      user_id: 'unknownuserid00000000000000',
      user_name: 'camille',
      post_id: post.id,
      context: registerContext('no'),
    }).expect(200);
    expect(res.body.ephemeral_text).toMatch(/Je ne vous trouve pas/);
    expect(await written()).toEqual(before);
  });

  it('refuses a ballot button clicked by another member than the one it was shown to with 401, recording nothing', async () => {
    const topic = await command({ user_id: users.camille, user_name: 'camille', text: 'sujet Un sujet à voter' }).expect(200);
    expect(topic.body.text).toMatch(/Sujet proposé/);
    const ballot = await command({ user_id: users.camille, user_name: 'camille', text: 'votes' }).expect(200);
    const context = ballot.body.attachments[0].actions[0].integration.context;
    expect(context.memberId).toBe(camille);
    const before = await written();
    await click({ user_id: users.dominique, user_name: 'dom-autre', post_id: '', context }).expect(401);
    await click({ user_id: users.dominique, user_name: 'dom-autre', post_id: '', context: { ...context, memberId: dominique } }).expect(
      401,
    );
    expect(await written()).toEqual(before);
    // The member it was shown to votes with it.
    const own = await click({ user_id: users.camille, user_name: 'camille', post_id: '', context }).expect(200);
    expect(own.body.ephemeral_text).toMatch(/^Vote enregistré/);
  });

  it('refuses an announcement context replayed without its post, with a post of another channel or without Cercle’s buttons', async () => {
    const elsewhere = double.addChannel({ name: 'ailleurs', memberIds: [double.users().find((u) => u.username === 'cercle-bot')!.id] }).id;
    const foreign = await announcement(elsewhere);
    const plain = await fetch(`${double.url}/api/v4/posts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${botToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel_id: channelId, message: 'Sans boutons' }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    const before = await written();
    for (const postId of ['', foreign.id, plain.id, 'nosuchpost0000000000000000']) {
      await click({ user_id: users.camille, user_name: 'camille', post_id: postId, context: registerContext('yes') }).expect(401);
    }
    expect(await written()).toEqual(before);
  });

  it('answers that it cannot right now when Mattermost cannot say who clicked, recording nothing', async () => {
    const post = await announcement(channelId);
    const before = await written();
    double.failNext(1, { status: 503, path: /^\/users\// });
    const res = await click({ user_id: users.camille, user_name: 'camille', post_id: post.id, context: registerContext('yes') }).expect(
      200,
    );
    expect(res.body.ephemeral_text).toMatch(/Je ne peux pas répondre pour l’instant/);
    expect(await written()).toEqual(before);
  });

  it('says a topic typed in the chat is close to one a past session covered, with when and its notes', async () => {
    const current = await events.em().findOneOrFail(Occurrence, { id: occurrenceId });
    const pastId = randomUUID();
    await events.em().insert(Occurrence, {
      id: pastId,
      seriesId: current.seriesId,
      key: 'past-1',
      startsAt: new Date(`${year - 2}-05-04T10:30:00Z`),
      endsAt: new Date(`${year - 2}-05-04T12:00:00Z`),
      title: current.title,
      status: 'held',
      theme: 'Accessibilité des formulaires',
      contributorMemberIds: [],
      nextContributorMemberIds: [],
      calendarSequence: 0,
      scheduleRevision: 0,
      createdAt: new Date(),
    });
    const res = await command({ user_id: users.camille, user_name: 'camille', text: 'sujet L’accessibilité de nos formulaires' }).expect(
      200,
    );
    expect(res.body.text).toMatch(
      new RegExp(`Un sujet proche a déjà été abordé le \\w+ 4 mai ${year - 2} \\(« Accessibilité des formulaires »\\)`),
    );
    expect(res.body.text).toContain(`/console/occurrences/${pastId}`);
    const unrelated = await command({ user_id: users.camille, user_name: 'camille', text: 'sujet Cuisine japonaise' }).expect(200);
    expect(unrelated.body.text).not.toMatch(/déjà été abordé/);
  });

  it('refuses a topic title longer than a topic holds, saying the limit, and records nothing', async () => {
    const before = await written();
    const res = await command({ user_id: users.camille, user_name: 'camille', text: `sujet ${'x'.repeat(201)}` }).expect(200);
    expect(res.body.text).toBe(
      'Ce titre est trop long (201 caractères, 200 au plus). Rien n’a été enregistré ; raccourcissez-le et retapez la commande.',
    );
    expect(await written()).toEqual(before);
  });

  it('tells someone who says yes to a full session that they are on the waiting list, with their position', async () => {
    await events.em().nativeUpdate(Occurrence, { id: occurrenceId }, { capacity: 1 });
    const answer = (memberId: string, status: 'confirmed' | 'waitlisted') => ({
      registrationId: randomUUID(),
      occurrenceId,
      memberId,
      answer: 'yes' as const,
      status,
      recordedAt: new Date(),
    });
    await events.em().insert(RegistrationAnswer, answer(randomUUID(), 'confirmed'));
    await events.em().insert(RegistrationAnswer, answer(randomUUID(), 'waitlisted'));
    const typed = await command({ user_id: users.camille, user_name: 'camille', text: 'oui merci' }).expect(200);
    expect(typed.body.text).toBe(
      'C’est noté : vous venez. La séance est complète\u00a0: vous êtes sur la liste d’attente (position 2). Nous vous prévenons par courriel si une place se libère.',
    );
    await events.em().insert(RegistrationAnswer, answer(dominique, 'confirmed'));
    const post = await announcement(channelId);
    const clicked = await click({ user_id: users.dominique, post_id: post.id, context: registerContext('yes') }).expect(200);
    expect(clicked.body.ephemeral_text).toBe('C’est noté : vous venez. Votre place est réservée.');
    await events.em().nativeUpdate(Occurrence, { id: occurrenceId }, { capacity: null });
  });
});
