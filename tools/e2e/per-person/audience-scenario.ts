import { DateTime } from 'luxon';
import type { Stack } from '../../dev/src/stack';
import { whenKnown } from '../../demo/src/community';
import { Mailbox, submitForm } from '../../demo/src/mailbox';
import { settle } from '../../demo/src/settle';
import { CAPACITY, castOf, emailOf, type FormatScenario, people, type Roles } from './cast';
import { setUpPeople, type Member } from './community-setup';
import { ExpectedMessages } from './expected-messages';
import { type FeedEntry, preferencesLinkOf, readMemberFeeds } from './member-feeds';
import { PhaseRecorder } from './phase-recorder';
import { ReceivedMessages, type Received } from './received-messages';

export interface ScenarioRun {
  expected: ExpectedMessages;
  /** What arrived, each labelled with the phase it arrived in. */
  received: Array<Received & { phase: string }>;
  occurrenceId: string;
  /** The scenario's phases in the order they ran. */
  phases: string[];
  /** Each person's own calendar feed, read before the reschedule, and what the model says it should show. */
  feeds: { got: Map<string, FeedEntry | null>; expected: Map<string, FeedEntry | null> };
}

const TIME_ZONE = 'Europe/Paris';

/**
 * One occurrence of a series in a seed format, driven as organiser and members would (the HTTP API, the
 * links in the emails and the channel): announce; registrations (yes with a topic, yes, a yes that
 * waits, maybe, no; in the open forum, a guest from the channel's link); two people's preferences;
 * contributions (one ready, one not); the contributor reminders; a change of roles after the
 * introduction (Sacha removed, Hugo named); the readiness escalation and the participant reminder; a
 * topic added on the day (and, in the open forum, the programme posted); a reschedule; a cancellation.
 */
export async function runAudienceScenario(stack: Stack, scenario: FormatScenario, log: (line: string) => void): Promise<ScenarioRun> {
  const { api, communityId, members } = await setUpPeople(stack, `Communauté ${scenario.title}`);
  const byName = new Map(members.map((m) => [m.name, m]));
  const id = (name: string) => (byName.get(name) as Member).id;
  const rolesBody = (roles: Roles) => ({
    guideMemberId: roles.guide ? id(roles.guide) : null,
    contributorMemberIds: roles.contributors.map(id),
  });

  // Far enough ahead that no step is due yet: every step runs by `advance`.
  const firstDate = DateTime.now().setZone(TIME_ZONE).plus({ days: 45 }).toISODate();
  const created = await whenKnown(
    () =>
      api.post('/series', {
        communityId,
        title: scenario.title,
        formatId: scenario.format,
        recurrence: {
          rrule: scenario.rrule,
          firstDate,
          startTime: scenario.startTime,
          timeZone: TIME_ZONE,
          durationMinutes: scenario.durationMinutes,
        },
        location: 'Paris',
        capacity: CAPACITY,
        theme: 'Accessibilité numérique',
        ...rolesBody(scenario.roles),
      }),
    'events to know the community',
  );
  const occurrence = await settle(async () => {
    const list: Array<{ id: string; startsAt: string }> = await api.get(`/series/${created.series.id}/occurrences`);
    return list.sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  }, 'the first occurrence to be planned');
  const occurrenceId = occurrence.id;

  const cast = castOf(scenario);
  const expected = new ExpectedMessages(cast, scenario.roles, CAPACITY);
  const recipients = cast.map((p) => ({ name: p.name, email: emailOf(p.name), chat: p.chat }));
  const received = new ReceivedMessages(stack, api, occurrenceId, recipients);
  const phases = new PhaseRecorder(api, occurrenceId, expected, received, log);
  const mail = new Mailbox(stack);
  const advance = async (step: string) => {
    const result = await api.post(`/occurrences/${occurrenceId}/advance`);
    const ran = (result.ran ?? []) as Array<{ step: string; state: string; outcome?: string | null }>;
    for (const r of ran) log(`  step ${r.step}: ${r.state}${r.outcome ? ` — ${r.outcome}` : ''}`);
    if (!ran.some((r) => r.step === step)) throw new Error(`advance ran ${ran.map((r) => r.step).join(', ') || 'nothing'}, not ${step}`);
  };

  await phases.run('announce', [{ type: 'announce' }], () => advance('announce'));

  for (const person of people.filter((p) => p.answer)) {
    const topic: Record<string, string> = person.proposes
      ? { topicTitle: `Atelier de ${person.name}`, topicKind: scenario.topicKind, topicDescription: 'Proposé à l’inscription.' }
      : {};
    await phases.run(
      `${person.name} answers ${person.answer}`,
      [{ type: 'answer', person: person.name, answer: person.answer!, topicKind: person.proposes ? scenario.topicKind : null }],
      async () => {
        const link = mail
          .to(byName.get(person.name)!.email)
          .filter((m) => /\/r\//.test(m.text ?? ''))
          .pop();
        if (!link) throw new Error(`${person.name} got no email with a registration link to answer from`);
        await submitForm(Mailbox.link(link, 'r'), { answer: person.answer!, ...topic });
      },
    );
  }

  const guest = scenario.guest;
  if (guest) {
    // From the channel: the announcement post links to the occurrence's public page, which mails a confirmation link.
    await phases.run(`${guest.name} asks to register from the channel`, [{ type: 'joinRequested', person: guest.name }], async () => {
      const post = stack.mattermost!.posts({ channelId: stack.localChannelId! }).find((p) => p.message.includes(`/join/${occurrenceId}`));
      if (!post) throw new Error('The announcement in the channel has no link to the public registration page');
      const page = new RegExp(`https?://[^\\s)>\\]]+/join/${occurrenceId}`).exec(post.message)![0];
      await submitForm(page, { name: guest.name, email: emailOf(guest.name) });
    });
    await phases.run(`${guest.name} confirms`, [{ type: 'answer', person: guest.name, answer: 'yes', topicKind: null }], async () => {
      const message = mail.to(emailOf(guest.name)).find((m) => /\/join\/confirm\//.test(m.text ?? ''));
      if (!message) throw new Error(`${guest.name} got no email with a confirmation link`);
      await submitForm(Mailbox.link(message, 'join/confirm'), {});
    });
  }

  for (const person of people.filter((p) => p.preferences)) {
    const { channels, seriesOff } = person.preferences!;
    await phases.run(`${person.name} sets preferences`, [{ type: 'preferences', person: person.name, channels, seriesOff }], async () => {
      const link = preferencesLinkOf(stack, emailOf(person.name));
      if (!link) throw new Error(`${person.name} got no email with a preferences link`);
      await submitForm(link, { channels, ...(seriesOff ? { seriesOff: 'on' } : {}) });
    });
  }

  // The first contributor has everything in; the second has a title but no materials yet.
  const [ready, late] = scenario.roles.contributors;
  const kind = scenario.format === 'open-forum' ? 'workshop' : 'talk';
  await phases.run(
    'contributions',
    [
      { type: 'contribution', person: ready, ready: true },
      { type: 'contribution', person: late, ready: false },
    ],
    async () => {
      await api.request('PUT', `/occurrences/${occurrenceId}/contributions/${id(ready)}`, {
        kind,
        title: 'Le RGAA en 20 minutes',
        materialsUrl: 'https://exemple.fr/supports.pdf',
      });
      await api.request('PUT', `/occurrences/${occurrenceId}/contributions/${id(late)}`, {
        kind,
        title: 'Retour sur un audit',
        materialsUrl: null,
      });
    },
  );
  await phases.run('remindContributors', [{ type: 'step', step: 'remindContributors' }], () => advance('remindContributors'));
  await phases.run('roles changed', [{ type: 'roles', roles: scenario.changedRoles }], () =>
    api.request('PUT', `/occurrences/${occurrenceId}/roles`, rolesBody(scenario.changedRoles)),
  );
  await phases.run('escalateReadiness', [{ type: 'step', step: 'escalateReadiness' }], () => advance('escalateReadiness'));
  await phases.run('remindParticipants', [{ type: 'step', step: 'remindParticipants' }], () => advance('remindParticipants'));
  const feeds = { expected: expected.feeds(), got: await readMemberFeeds(stack, occurrenceId, recipients) };
  // The room's day page opens only on the occurrence's local day, and a held occurrence can be neither moved
  // nor cancelled: the organisers' API records the topic as added on the day instead.
  const added = { id: '' };
  await phases.run('topic added on the day', [{ type: 'topicOnTheDay', person: 'Maëlle', topicKind: scenario.topicKind }], async () => {
    const topic = await api.post(`/occurrences/${occurrenceId}/topics`, {
      title: 'Nos irritants du moment',
      kind: scenario.topicKind,
      description: null,
      memberId: id('Maëlle'),
      addedOnTheDay: true,
    });
    added.id = topic.id;
  });
  if (scenario.format === 'open-forum') {
    // The new workshop goes on the board, and the organiser posts the programme that changed.
    await phases.run('programme posted', [{ type: 'programmePosted' }], async () => {
      const start = DateTime.fromISO(occurrence.startsAt, { zone: TIME_ZONE }).plus({ minutes: 30 });
      await api.request('PUT', `/topics/${added.id}/placement`, {
        selected: true,
        room: 'Salle Hopper',
        localStart: start.toFormat('HH:mm'),
        localEnd: start.plus({ hours: 1 }).toFormat('HH:mm'),
      });
      await api.post(`/occurrences/${occurrenceId}/programme/post`);
    });
  }
  const localStart = DateTime.fromISO(occurrence.startsAt, { zone: TIME_ZONE }).plus({ days: 7 }).toFormat("yyyy-MM-dd'T'HH:mm");
  await phases.run('reschedule', [{ type: 'reschedule' }], () => api.post(`/occurrences/${occurrenceId}/reschedule`, { localStart }));
  await phases.run('cancel', [{ type: 'cancel' }], () => api.post(`/occurrences/${occurrenceId}/cancel`, { reason: 'Salle indisponible' }));

  return {
    expected,
    occurrenceId,
    feeds,
    phases: phases.order,
    received: (await received.all()).map((r) => ({ ...r, phase: phases.phase(r.id) })),
  };
}
