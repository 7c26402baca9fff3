import type { Stack } from '../../dev/src/stack';
import { ApiError, CercleApi } from './api-client';
import { demoPeople } from './people';
import { settle } from './settle';

export interface ScenarioCounts {
  announced: number;
  emails: number;
  mattermostPosts: number;
  registrations: number;
  topics: number;
  remindersSent: number;
  nextRoles: number;
  notesArchived: number;
}

export interface ScenarioOptions {
  members: number;
  log: (line: string) => void;
  /** Called once the announcement has been requested (the end-to-end test kills a service here). */
  afterAnnounce?: () => Promise<void>;
}

const NIL = '00000000-0000-4000-8000-000000000000';

/**
 * One occurrence of a peer-sharing group through every step, driven the way an organiser and members
 * would: the HTTP API, the link in the email. Every count is read back from what was received or stored.
 */
export async function runThinLifecycle(stack: Stack, options: ScenarioOptions): Promise<ScenarioCounts> {
  const { log } = options;
  const mail = stack.mail!;
  const mattermost = stack.mattermost!;
  const anonymous = new CercleApi(stack.publicUrl);
  const { token } = await anonymous.withToken(stack.adminToken).post('/organisers', { name: 'Camille Organisatrice' });
  const api = anonymous.withToken(token);
  log('organiser created; waiting for the services to know the token');
  await settle(async () => (await probe(() => api.get(`/occurrences/${NIL}`))) === 404, 'events to accept the token');
  await settle(async () => (await probe(() => api.get('/deliveries?status=failed'))) === 200, 'notifications to accept the token');

  const people = demoPeople(options.members);
  for (const p of people) mattermost.addUser({ username: p.mattermostUsername, email: p.email });
  const community = await api.post('/communities', { name: 'Groupe EIG', mattermostChannelId: stack.localChannelId });
  const { members } = await api.post(`/communities/${community.id}/members`, { members: people });
  log(`community "${community.name}" with ${members.length} members`);
  const [guide, c1, c2, m3, m4] = members;
  // Members reach notifications by message: announce once it can reach all of them.
  await settle(async () => (await api.get(`/notifications/communities/${community.id}/recipients`)).active === members.length, 'notifications to know every member', 60000);

  // Far enough ahead that no step is due yet: the demo runs each one with `advance`, as an organiser can.
  const firstDate = new Date(Date.now() + 45 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const seriesBody = {
    communityId: community.id,
    title: 'Groupe de partage entre pairs',
    formatId: 'peer-group',
    recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU', firstDate, startTime: '12:30', timeZone: 'Europe/Paris' },
    location: 'Salle Tchap, 20 avenue de Ségur, Paris',
    theme: 'Accessibilité numérique',
    guideMemberId: guide.id,
    contributorMemberIds: [c1.id, c2.id],
  };
  const created: any = await settle<any>(async () => {
    try {
      return await api.post('/series', seriesBody);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null; // events has not heard of the community yet
      throw error;
    }
  }, 'events to know the community');
  const occurrenceId: string = created.occurrence?.id ?? created.firstOccurrence?.id;
  log(`series created; first occurrence ${occurrenceId}`);

  const reminders = { before: 0, after: 0 };
  const contributors = new Set([guide.email, c1.email, c2.email]);
  for (;;) {
    const occurrence = await api.get(`/occurrences/${occurrenceId}`);
    const pending = (occurrence.timeline ?? occurrence.steps).find((s: any) => s.state === 'pending');
    if (!pending) break;
    if (pending.step === 'assignNextRoles') {
      await api.post(`/occurrences/${occurrenceId}/next-roles`, { theme: 'Le legal design', guideMemberId: c1.id, contributorMemberIds: [m3.id, m4.id] });
    }
    if (pending.step === 'archiveNotes') {
      await api.post(`/occurrences/${occurrenceId}/notes`, { workshop: 'Tour de table', scribeName: 'Noa', markdown: '- Chacun a partagé où en est son défi.\n- Besoin : @all tester le RGAA' });
      await api.post(`/occurrences/${occurrenceId}/notes`, { workshop: 'Échange', scribeName: 'Alix', markdown: '## Accessibilité\nDémonstration de DSFR et retours.' });
    }
    if (pending.step === 'remindContributors') reminders.before = countTo(mail, contributors);
    const result = await api.post(`/occurrences/${occurrenceId}/advance`);
    const ran = result.step ?? result.ran ?? pending.step;
    const state = (result.timeline ?? result.steps ?? []).find((s: any) => s.step === pending.step);
    log(`step ${pending.step}: ${state?.state ?? 'done'}${state?.outcome ? ` — ${state.outcome}` : ''}${typeof ran === 'string' && ran !== pending.step ? ` (${ran})` : ''}`);

    if (pending.step === 'announce') {
      await options.afterAnnounce?.();
      await settle(() => new Set(mail.messages().flatMap((m) => m.envelope.to)).size >= members.length && mattermost.posts().length >= 1, `${members.length} announcement emails and the channel post`, 120000);
      log(`announcement: ${mail.messages().length} emails, ${mattermost.posts().length} channel post(s)`);
      await registerFromEmail(mail, m3.email, { answer: 'yes', topicTitle: 'Démo du DSFR @all', topicKind: 'demo', topicDescription: 'Le système de design de l’État.' });
      await registerFromEmail(mail, m4.email, { answer: 'maybe' });
      await settle(async () => ((await api.get(`/occurrences/${occurrenceId}/topics`)) as unknown[]).length >= 1, 'the topic to reach events');
      log('two members registered from their email link, one with a topic');
    }
    if (pending.step === 'remindContributors') {
      await settle(() => countTo(mail, contributors) >= reminders.before + contributors.size, 'the prep reminders');
      reminders.after = countTo(mail, contributors);
    }
    if (pending.step === 'assignNextRoles') {
      await settle(() => countTo(mail, new Set([c1.email, m3.email, m4.email])) >= 3, 'the next roles emails');
    }
    if (pending.step === 'archiveNotes') {
      await settle(() => mattermost.posts().some((p) => p.root_id), 'the notes thread');
      await settle(() => mattermost.posts().filter((p) => p.root_id).length >= 2, 'a reply per workshop');
    }
  }

  const occurrence = await api.get(`/occurrences/${occurrenceId}`);
  const steps: any[] = occurrence.timeline ?? occurrence.steps;
  const registrations = await api.get(`/registrations/${occurrenceId}`);
  const topics: unknown[] = await api.get(`/occurrences/${occurrenceId}/topics`);
  const series = await api.get(`/series/${created.series?.id ?? created.id}`);
  const next = (series.occurrences ?? []).find((o: any) => o.id !== occurrenceId);
  const nextOccurrence = next ? await api.get(`/occurrences/${next.id}`) : null;
  const nextRoles = nextOccurrence ? (nextOccurrence.roles?.guideMemberId ? 1 : 0) + (nextOccurrence.roles?.contributorMemberIds?.length ?? 0) : 0;
  return {
    announced: steps.filter((s) => s.step === 'announce' && s.state === 'done').length,
    emails: mail.messages().length,
    mattermostPosts: mattermost.posts().length,
    registrations: registrations.registrations.length,
    topics: topics.length,
    remindersSent: reminders.after - reminders.before,
    nextRoles,
    notesArchived: mattermost.posts().filter((p) => p.root_id).length,
  };
}

function countTo(mail: NonNullable<Stack['mail']>, emails: Set<string>): number {
  return mail.messages().filter((m) => m.envelope.to.some((to) => emails.has(to))).length;
}

export async function probe(call: () => Promise<unknown>): Promise<number> {
  try {
    await call();
    return 200;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

/** A member opens the link of their announcement email and answers, as a browser form would. */
async function registerFromEmail(mail: NonNullable<Stack['mail']>, email: string, form: Record<string, string>): Promise<void> {
  const message = mail.messages().find((m) => m.envelope.to.includes(email));
  const link = /https?:\/\/\S+\/r\/[A-Za-z0-9._%-]+/.exec(message?.text ?? '')?.[0];
  if (!link) throw new Error(`No registration link in the email to ${email}`);
  const res = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
  if (!res.ok) throw new Error(`Registration of ${email} failed: ${res.status} ${await res.text()}`);
}
