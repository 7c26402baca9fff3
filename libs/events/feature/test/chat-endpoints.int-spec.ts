import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { signChatAction } from '@cercle/signed-links';
import { MattermostDouble } from '@cercle/dev-servers';
import { OutboxMessage } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { ChatAction } from '../src/entities/chat-action.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
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

  it('records a genuine click and redraws the post it came from with the counts', async () => {
    const post = await fetch(`${double.url}/api/v4/posts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${botToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel_id: channelId, message: 'Annonce' }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    const context = signChatAction(
      events.config.LINK_SECRET,
      { action: 'register', occurrenceId, answer: 'maybe' },
      Math.floor(Date.now() / 1000) + 3600,
    );
    const before = await written();
    const res = await http()
      .post('/chat/actions')
      .send({ user_id: users.camille, user_name: 'camille', channel_id: channelId, post_id: post.id, context })
      .expect(200);
    expect(res.body.ephemeral_text).toBe('C’est noté : peut-être.');
    expect(res.body.update.message).toBe('Annonce');
    expect(res.body.update.props.attachments[0].text).toContain('Peut-être\u00a0: 1');
    expect(await written()).toEqual({ ...before, chatActions: before.chatActions + 1, handedOver: before.handedOver + 1 });
  });
});
