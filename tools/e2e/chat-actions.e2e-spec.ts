import type { DoublePost, IntegrationOutcome } from '@cercle/dev-servers';
import type { Stack } from '../dev/src/stack';
import type { CercleApi } from '../demo/src/api-client';
import { type DemoMember, setUpCommunity } from '../demo/src/community';
import { settle } from '../demo/src/settle';
import { startTestStack, TestStack } from './test-stack';

// Mattermost's mention parser: `@` followed by a name character.
const MENTION = /(^|[^\w\u2060])@[a-z0-9.\-_]+/i;

/**
 * Members act from Mattermost only: the Mattermost double plays the server's side (it runs `/cercle` as a
 * user and clicks the buttons, calling Cercle's public URL as Mattermost would), and the outcome is read
 * from the services' own APIs. Registration goes from events to membership through the outbox.
 */
describe('acting from the chat, across services', () => {
  let running: TestStack;
  let stack: Stack;
  let api: CercleApi;
  let members: DemoMember[];
  let occurrenceId: string;
  let channelId: string;
  const log: string[] = [];
  const year = new Date().getUTCFullYear() + 1;
  const userOf = (member: DemoMember) => stack.mattermost!.users().find((u) => u.email === member.email)!;
  const cercle = (member: DemoMember, text: string) =>
    stack.mattermost!.runSlashCommand({ userId: userOf(member).id, channelId, command: `/cercle ${text}`.trim() });
  const registrations = () => api.get(`/registrations/${occurrenceId}`);
  const answerOf = async (member: DemoMember) =>
    ((await registrations()).registrations as Array<{ memberId: string; answer: string }>).find((r) => r.memberId === member.id)?.answer;
  const announcementPost = () =>
    stack.mattermost!.posts({ channelId }).find((p) => Array.isArray(p.props.attachments) && p.message.length > 0) as
      DoublePost | undefined;

  beforeAll(async () => {
    running = await startTestStack('e2echat', { log: (line) => log.push(line) });
    stack = running.stack;
    channelId = stack.localChannelId!;
    const demo = await setUpCommunity(stack, { members: 4, name: 'Chat', log: (line) => log.push(line) });
    api = demo.api;
    members = demo.members;
    for (const m of members) stack.mattermost!.addMember(channelId, userOf(m).id);
    const created = await api.post('/series', {
      communityId: demo.community.id,
      title: 'Groupe de partage',
      formatId: 'peer-group',
      location: 'Paris',
      recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '12:30' },
    });
    occurrenceId = created.occurrence.id;
    await api.request('PUT', `/occurrences/${occurrenceId}/roles`, { guideMemberId: members[0].id, contributorMemberIds: [members[2].id] });
    await api.post(`/occurrences/${occurrenceId}/advance`, {});
    await settle(() => announcementPost(), 'the announcement with its buttons in the channel', 60000);
  }, 600000);

  afterAll(async () => {
    if (log.length) console.log(log.slice(-40).join('\n'));
    await running?.stop();
  }, 60000);

  it('puts Je viens / Peut-être / Non buttons on the announcement', () => {
    const attachments = announcementPost()!.props.attachments as Array<{ actions: Array<{ id: string; name: string }> }>;
    expect(attachments[0].actions.map((a) => a.name)).toEqual(['Je viens', 'Peut-être', 'Non']);
  });

  it('shows a member the next occurrence with their own answer and role, only to them', async () => {
    const outcome = await cercle(members[2], '');
    expect(outcome.status).toBe(200);
    expect(outcome.post).toBeUndefined();
    expect(outcome.ephemeral?.message).toContain('Groupe de partage');
    expect(outcome.ephemeral?.message).toContain('Votre rôle\u00a0: contributeur ou contributrice');
    expect(outcome.ephemeral?.message).not.toContain(members[0].name);
  });

  it('registers a member who types /cercle oui, through membership', async () => {
    const outcome = await cercle(members[0], 'oui');
    expect(outcome.ephemeral?.message).toBe('C’est noté : vous venez.');
    await settle(async () => (await answerOf(members[0])) === 'yes', 'membership to record the answer', 30000);
  });

  it('registers the clicker of a button, answers them alone and edits the counts of the post in place', async () => {
    const post = announcementPost()!;
    const outcome: IntegrationOutcome = await stack.mattermost!.clickButton({
      userId: userOf(members[1]).id,
      postId: post.id,
      actionId: 'cerclemaybe',
    });
    expect(outcome.status).toBe(200);
    // Dominique reads English.
    expect(outcome.ephemeral?.message).toBe('Noted: maybe.');
    const edited = stack.mattermost!.posts({ channelId }).find((p) => p.id === post.id)!;
    expect(edited.message).toBe(post.message);
    expect(edited.edit_at).toBeGreaterThan(0);
    expect((edited.props.attachments as Array<{ text: string }>)[0].text).toContain('Peut-être\u00a0: 1');
    expect(stack.mattermost!.posts({ channelId }).filter((p) => p.id === post.id)).toHaveLength(1);
    await settle(async () => (await answerOf(members[1])) === 'maybe', 'membership to record the click', 30000);
  });

  it('takes a topic proposal, with the mentions in its title neutralised in the answer', async () => {
    const outcome = await cercle(members[3], 'sujet Accessibilité @channel');
    expect(outcome.ephemeral?.message).toContain('Accessibilité');
    expect(outcome.ephemeral?.message).not.toMatch(MENTION);
    const topics = (await api.get(`/occurrences/${occurrenceId}/topics`)) as Array<{ title: string; memberId: string }>;
    expect(topics.find((t) => t.memberId === members[3].id)?.title).toBe('Accessibilité @channel');
  });

  it('shows the ballot with a button per topic and records a vote from a click', async () => {
    const ballot = await cercle(members[0], 'votes');
    const attachments = ballot.ephemeral!.props.attachments as Array<{ actions: Array<{ id: string }> }>;
    expect(attachments[0].actions.map((a) => a.id)).toEqual(['cerclevote1']);
    const click = await stack.mattermost!.clickButton({
      userId: userOf(members[0]).id,
      postId: ballot.ephemeral!.id,
      actionId: 'cerclevote1',
    });
    expect(click.ephemeral?.message).toMatch(/^Vote enregistré/);
    // The ballot is redrawn in place: the vote is marked and its button gone.
    expect(click.post?.message).toContain('(votre vote)');
    const topics = (await api.get(`/occurrences/${occurrenceId}/topics`)) as Array<{ votes: number }>;
    expect(topics[0].votes).toBe(1);
  });

  it('records a contributor’s readiness once title and materials are in, and tells someone without a contribution so', async () => {
    const prepStatus = async () =>
      (await api.get(`/occurrences/${occurrenceId}/readiness`)).contributions.find(
        (c: { memberId: string }) => c.memberId === members[2].id,
      ).prepStatus;
    const early = (await cercle(members[2], 'prêt')).ephemeral?.message ?? '';
    expect(early).toMatch(/pas encore prête\u00a0: il manque le titre et le lien vers vos supports/);
    expect(early).toMatch(/\/contributions\/[\w-]+\.[\w-]+/);
    expect(await prepStatus()).toBe('notStarted');
    await api.request('PUT', `/occurrences/${occurrenceId}/contributions/${members[2].id}`, {
      title: 'Retour d’expérience',
      materialsUrl: 'https://example.org/supports',
    });
    expect((await cercle(members[2], 'prêt')).ephemeral?.message).toMatch(/^Merci/);
    expect(await prepStatus()).toBe('ready');
    expect((await cercle(members[3], 'prêt')).ephemeral?.message).toMatch(/pas de contribution/);
  });

  it('answers someone it does not know clearly, and records nothing for them', async () => {
    const stranger = stack.mattermost!.addUser({ username: 'inconnu', email: 'inconnu@ailleurs.fr' });
    stack.mattermost!.addMember(channelId, stranger.id);
    const outcome = await stack.mattermost!.runSlashCommand({ userId: stranger.id, channelId, command: '/cercle oui' });
    expect(outcome.ephemeral?.message).toMatch(/Je ne vous trouve pas/);
    expect((await registrations()).registrations).toHaveLength(2);
  });

  it('finds a member by the email of their Mattermost account, and says it cannot right now when Mattermost is down', async () => {
    // Sacha's Mattermost username differs from the one membership knows: only the email matches.
    const renamed = stack.mattermost!.addUser({ username: 'sacha-autre', email: members[2].email });
    stack.mattermost!.addMember(channelId, renamed.id);
    stack.mattermost!.failNext(1, { status: 503, path: /^\/users\// });
    const down = await stack.mattermost!.runSlashCommand({ userId: renamed.id, channelId, command: '/cercle non' });
    expect(down.ephemeral?.message).toMatch(/Je ne peux pas répondre pour l’instant/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await answerOf(members[2])).toBeUndefined();

    const up = await stack.mattermost!.runSlashCommand({ userId: renamed.id, channelId, command: '/cercle non' });
    expect(up.ephemeral?.message).toBe('C’est noté : vous ne venez pas.');
    await settle(async () => (await answerOf(members[2])) === 'no', 'the answer matched by email', 30000);
  });

  it('refuses a wrong command token and a forged button with 401, recording nothing', async () => {
    const before = await registrations();
    const member = userOf(members[3]);
    const form = new URLSearchParams({
      token: 'wrong',
      channel_id: channelId,
      user_id: member.id,
      user_name: member.username,
      text: 'oui',
    });
    const command = await fetch(`${stack.publicUrl}/chat/command`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(command.status).toBe(401);
    const context = (
      announcementPost()!.props.attachments as Array<{ actions: Array<{ integration: { context: Record<string, unknown> } }> }>
    )[0].actions[0].integration.context;
    const forged = await fetch(`${stack.publicUrl}/chat/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        user_id: member.id,
        user_name: member.username,
        channel_id: channelId,
        context: { ...context, answer: 'no' },
      }),
    });
    expect(forged.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await registrations()).toEqual(before);
  });

  it('believes only the user id of a replayed button: the true person is recorded, and a ballot works only for its member', async () => {
    const post = announcementPost()!;
    type Action = { id: string; integration: { context: Record<string, unknown> } };
    const maybe = (post.props.attachments as Array<{ actions: Action[] }>)[0].actions.find((a) => a.id === 'cerclemaybe')!;
    const callActions = (body: Record<string, unknown>) =>
      fetch(`${stack.publicUrl}/chat/actions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel_id: channelId, post_id: post.id, ...body }),
      });
    // The fourth member's id with the first one's name: the fourth is recorded, the first keeps their answer.
    const replayed = await callActions({
      user_id: userOf(members[3]).id,
      user_name: userOf(members[0]).username,
      context: maybe.integration.context,
    });
    expect(replayed.status).toBe(200);
    await settle(async () => (await answerOf(members[3])) === 'maybe', 'the answer of the true clicker', 30000);
    expect(await answerOf(members[0])).toBe('yes');

    const ballot = await cercle(members[3], 'votes');
    const vote = (ballot.ephemeral!.props.attachments as Array<{ actions: Action[] }>)[0].actions[0];
    const before = await api.get(`/occurrences/${occurrenceId}/topics`);
    const stolen = await callActions({
      user_id: userOf(members[1]).id,
      user_name: userOf(members[1]).username,
      post_id: ballot.ephemeral!.id,
      context: vote.integration.context,
    });
    expect(stolen.status).toBe(401);
    expect(await api.get(`/occurrences/${occurrenceId}/topics`)).toEqual(before);
  });
});
