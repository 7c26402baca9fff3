import type { Stack } from '../../dev/src/stack';
import { DemoCommunity, DemoMember, setUpCommunity, whenKnown } from './community';
import { monthOfNextOffsetChange } from './dst';
import { Mailbox, submitForm } from './mailbox';
import { driveOccurrence } from './occurrence-driver';
import { actFromChat } from './chat-plays';
import { settle } from './settle';
import { DemoFormat, formatPlays, FormatPlay, Workshop } from './format-plays';
import type { HeldRoles, OccurrenceContext } from './occurrence-context';

export type { HeldRoles } from './occurrence-context';

export interface LifecycleCounts {
  occurrences: number;
  announced: number;
  emails: number;
  mattermostPosts: number;
  registrations: number;
  topics: number;
  remindersSent: number;
  nextRoles: number;
  notesArchived: number;
  /** Registrations, votes and readiness done from Mattermost (buttons and `/cercle`), read back from the services. */
  chatActions: number;
  /** Measured on the last occurrence: its guide, contributors and theme are those chosen at the one before. */
  rolesCarriedOver: boolean;
  /** Health alerts raised over all occurrences, as their timelines show them. */
  alerts: number;
}

export interface LifecycleOptions {
  format: DemoFormat;
  occurrences: number;
  members: number;
  log: (line: string) => void;
  now?: Date;
}

export interface OccurrenceRun {
  occurrenceId: string;
  startsAt: string;
  /** Roles the occurrence had when it started, and the ones it chose for the next. */
  held: HeldRoles;
  chosen: HeldRoles | null;
}

/**
 * Consecutive occurrences of one series in a seed format, driven the way organisers and members would:
 * the HTTP API, the links in the emails. The first two occurrences straddle a DST change. Every count
 * is read back from what the mail catcher, the Mattermost double and the services hold.
 */
export async function runLifecycle(
  stack: Stack,
  options: LifecycleOptions,
): Promise<{ counts: LifecycleCounts; runs: OccurrenceRun[]; demo: DemoCommunity }> {
  const { log } = options;
  const play = formatPlays[options.format];
  const mail = new Mailbox(stack);
  const demo = await setUpCommunity(stack, { members: Math.max(options.members, 8), name: play.communityName, log });
  const { api, members } = demo;
  const [guide, c1, c2] = members;

  // Far enough ahead that no step is due yet (the plan step is four weeks before): every step runs by `advance`.
  const { firstDate, changeAt } = monthOfNextOffsetChange(options.now ?? new Date(), play.timeZone, 40);
  // Only the roles the format has: an open forum has no guide (events refuses one).
  const formats = (await api.get('/formats')) as Array<{ id: string; roles: Array<{ id: string }> }>;
  const hasGuide = !!formats.find((format) => format.id === options.format)?.roles.some((role) => role.id === 'guide');
  const created = await whenKnown(
    () =>
      api.post('/series', {
        communityId: demo.community.id,
        title: play.seriesTitle,
        formatId: options.format,
        recurrence: { rrule: play.rrule, firstDate, startTime: play.startTime, timeZone: play.timeZone },
        location: play.location,
        theme: play.firstTheme,
        guideMemberId: hasGuide ? guide.id : null,
        contributorMemberIds: [c1.id, c2.id],
      }),
    'events to know the community',
  );
  const seriesId: string = created.series.id;
  // Every health check on; an organiser who is also a member hears of alerts beside the guide.
  const on = { enabled: true };
  await api.request('PUT', `/series/${seriesId}/health-checks`, {
    noGuide: on,
    contributorNotReady: on,
    lowRegistrations: on,
    waitingListWhileFree: on,
    failedDeliveries: on,
    notifyMemberIds: [members[members.length - 1].id],
  });
  log(`série « ${play.seriesTitle} » créée ; changement d'heure le ${changeAt}, entre la 1re et la 2e occurrence`);

  const runs: OccurrenceRun[] = [];
  let registrations = 0;
  let remindersSent = 0;
  let nextRolesTold = 0;
  let chatActions = 0;
  for (let index = 0; index < options.occurrences; index++) {
    const occurrence = await settle(
      async () => {
        const list: Array<{ id: string; startsAt: string; status: string }> = await api.get(`/series/${seriesId}/occurrences`);
        return list.filter((o) => o.status !== 'cancelled').sort((a, b) => a.startsAt.localeCompare(b.startsAt))[index];
      },
      `occurrence ${index + 1} to be planned`,
    );
    const view = await api.get(`/occurrences/${occurrence.id}`);
    const held = heldRoles(view);
    log(`occurrence ${index + 1} : ${localWhen(occurrence.startsAt, play.timeZone)} — thème « ${held.theme ?? '—'} »`);
    const replies = () => stack.mattermost!.posts().filter((p) => p.root_id).length;
    const context = { api, mail, members, occurrenceId: occurrence.id, held, log, replies, stack };
    const outcome = await runOccurrence(play, context);
    chatActions += outcome.chatActions;
    registrations += outcome.registrations;
    remindersSent += outcome.remindersSent;
    nextRolesTold += outcome.nextRolesTold;
    runs.push({ occurrenceId: occurrence.id, startsAt: occurrence.startsAt, held, chosen: outcome.chosen });
  }

  const last = runs[runs.length - 1];
  const previous = runs.length > 1 ? runs[runs.length - 2] : null;
  const rolesCarriedOver =
    !!previous?.chosen &&
    previous.chosen.theme === last.held.theme &&
    previous.chosen.guideMemberId === last.held.guideMemberId &&
    sameSet(previous.chosen.contributorMemberIds, last.held.contributorMemberIds);
  const topics = (
    await Promise.all(runs.map(async (r) => ((await api.get(`/occurrences/${r.occurrenceId}/topics`)) as unknown[]).length))
  ).reduce((a, b) => a + b, 0);
  const alerts = (
    await Promise.all(runs.map(async (r) => ((await api.get(`/occurrences/${r.occurrenceId}`)).alerts as unknown[]).length))
  ).reduce((a, b) => a + b, 0);
  const announced = (
    await Promise.all(
      runs.map(async (r) =>
        (await api.get(`/occurrences/${r.occurrenceId}`)).timeline.some(
          (s: { step: string; state: string }) => s.step === 'announce' && s.state === 'done',
        ),
      ),
    )
  ).filter(Boolean).length;
  return {
    demo,
    runs,
    counts: {
      occurrences: runs.length,
      announced,
      emails: mail.count(),
      mattermostPosts: stack.mattermost!.posts().length,
      registrations,
      topics,
      remindersSent,
      nextRoles: nextRolesTold,
      notesArchived: stack.mattermost!.posts().filter((p) => p.root_id).length,
      chatActions,
      rolesCarriedOver,
      alerts,
    },
  };
}

interface OccurrenceOutcome {
  registrations: number;
  chatActions: number;
  remindersSent: number;
  nextRolesTold: number;
  chosen: HeldRoles | null;
}

async function runOccurrence(play: FormatPlay, ctx: OccurrenceContext & { stack: Stack }): Promise<OccurrenceOutcome> {
  const { api, mail, members, occurrenceId, held, log } = ctx;
  const byId = new Map(members.map((m) => [m.id, m]));
  const contributors = held.contributorMemberIds.map((id) => byId.get(id)).filter((m): m is DemoMember => !!m);
  const guide = held.guideMemberId ? (byId.get(held.guideMemberId) ?? null) : null;
  // Registrants are people without a role this time, so every message they get is about attending.
  const registrants = members.filter((m) => m.id !== held.guideMemberId && !held.contributorMemberIds.includes(m.id)).slice(0, 3);
  const outcome: OccurrenceOutcome = { registrations: 0, chatActions: 0, remindersSent: 0, nextRolesTold: 0, chosen: null };
  let workshops: Workshop[] = [];
  let repliesBefore = 0;
  const before = new Map<string, number>();
  const remember = (people: DemoMember[]) => people.forEach((p) => before.set(p.email, mail.to(p.email).length));
  const newTo = (p: DemoMember) => mail.to(p.email).slice(before.get(p.email) ?? 0);

  await driveOccurrence(
    api,
    occurrenceId,
    {
      before: {
        announce: async () => remember(members),
        remindContributors: async () => {
          // The first contributor has everything in; the second has a title but no materials yet.
          const [ready, late] = contributors;
          if (ready)
            await api.request('PUT', `/occurrences/${occurrenceId}/contributions/${ready.id}`, {
              kind: 'talk',
              title: play.contributionTitle(ctx, 0),
              materialsUrl: 'https://exemple.fr/supports.pdf',
            });
          if (late)
            await api.request('PUT', `/occurrences/${occurrenceId}/contributions/${late.id}`, {
              kind: 'demo',
              title: play.contributionTitle(ctx, 1),
              materialsUrl: null,
            });
          remember(contributors);
        },
        escalateReadiness: async () => remember(guide ? [guide] : []),
        archiveNotes: async () => {
          repliesBefore = ctx.replies();
        },
        assignNextRoles: async () => {
          const proposal = await api.get(`/occurrences/${occurrenceId}/rotation-proposal`);
          log(`  rotation proposée : ${describeProposal(proposal)}`);
          await api.post(`/occurrences/${occurrenceId}/next-roles`, { acceptProposal: true, theme: play.nextTheme(ctx) });
        },
      },
      after: {
        announce: async () => {
          await settle(
            () => members.every((m) => newTo(m).some((e) => /\/r\//.test(e.text ?? ''))),
            'the announcement to every member',
            180000,
          );
          log(`  annonce reçue par ${members.length} membres`);
          const [a, b, c] = registrants;
          await submitForm(Mailbox.link(lastWithLink(mail, a.email, 'r'), 'r'), { answer: 'yes', ...play.proposal(ctx) });
          await submitForm(Mailbox.link(lastWithLink(mail, b.email, 'r'), 'r'), { answer: 'yes' });
          await submitForm(Mailbox.link(lastWithLink(mail, c.email, 'r'), 'r'), { answer: 'maybe' });
          outcome.registrations += 3;
          await settle(
            async () => ((await api.get(`/occurrences/${occurrenceId}/topics`)) as unknown[]).length >= 1,
            'the proposed topic to reach events',
          );
          log('  trois inscriptions depuis le lien de l’email, dont une avec un sujet');
          workshops = await play.afterRegistrations(ctx, registrants);
          // Someone with no role who has not answered yet clicks in the chat; the late contributor confirms there.
          const clicker = members.find((m) => !registrants.includes(m) && m !== guide && !contributors.includes(m));
          if (ctx.stack.mattermost && ctx.stack.localChannelId && clicker)
            outcome.chatActions += await actFromChat(ctx.stack.mattermost, ctx.stack.localChannelId, ctx, {
              clicker,
              voter: registrants[1],
              contributor: contributors[1] ?? null,
            });
        },
        remindContributors: async () => {
          // Each contributor gets a confirmation when all is in, the nudge otherwise (and the introduction, not counted).
          const prep = (p: DemoMember) =>
            newTo(p).filter((m) => ['prepReminder', 'prepConfirmation'].includes(Mailbox.kind(m) ?? '')).length;
          await settle(() => contributors.every((p) => prep(p) > 0), 'a prep message to each contributor');
          outcome.remindersSent += contributors.reduce((n, p) => n + prep(p), 0);
        },
        escalateReadiness: async () => {
          if (guide) await settle(() => newTo(guide).length > 0, 'the guide to hear what is missing');
          // The health check judges the late contributor a few seconds after the step: wait for its alert
          // before the next steps take the session past its start, when nothing is raised any more.
          if (contributors.length > 1)
            await settle(async () => {
              const { alerts } = await api.get(`/occurrences/${occurrenceId}`);
              return (alerts as Array<{ check: string }>).some((a) => a.check === 'contributorNotReady');
            }, 'the alert on the late contributor');
        },
        assignNextRoles: async () => {
          outcome.chosen = await settleNextRoles(ctx, byId, outcome);
        },
        remindNotes: async () => {
          for (const { workshop, scribe } of workshops) {
            // This occurrence's reminder: a scribe of the previous one also holds its (now closed) link.
            const reminder = await settle(
              () =>
                newTo(scribe)
                  .filter((m) => /\/notes\//.test(m.text ?? ''))
                  .pop(),
              `the notes reminder to ${scribe.name}`,
            );
            await submitForm(Mailbox.link(reminder, 'notes'), { workshop, markdown: play.notes(ctx, workshop) });
          }
          log(`  notes de ${workshops.length} atelier(s) déposées depuis le lien du rappel`);
        },
        archiveNotes: async () => {
          // One reply per workshop in the occurrence's Mattermost thread.
          await settle(() => ctx.replies() >= repliesBefore + workshops.length, 'the notes thread in Mattermost');
        },
      },
    },
    log,
  );
  return outcome;
}

/** The people chosen are told; one declines through their link, the rotation finds someone else; all accept. */
async function settleNextRoles(
  ctx: OccurrenceContext,
  byId: Map<string, DemoMember>,
  outcome: OccurrenceOutcome,
): Promise<HeldRoles | null> {
  const { api, mail, occurrenceId, log } = ctx;
  const chosen = heldNext(await api.get(`/occurrences/${occurrenceId}`));
  if (!chosen) return null;
  const people = [chosen.guideMemberId, ...chosen.contributorMemberIds].filter((id): id is string => !!id).map((id) => byId.get(id)!);
  await settle(() => people.every((p) => mail.to(p.email).some((m) => /\/roles\//.test(m.text ?? ''))), 'the next roles to be told');
  outcome.nextRolesTold += people.length;
  const decliner = people.find((p) => p.id !== chosen.guideMemberId);
  if (!decliner) return chosen;
  await submitForm(Mailbox.link(lastWithLink(mail, decliner.email, 'roles'), 'roles'), { response: 'decline' });
  const replaced = await settle(async () => {
    const now = heldNext(await api.get(`/occurrences/${occurrenceId}`));
    return (
      now &&
      !now.contributorMemberIds.includes(decliner.id) &&
      now.contributorMemberIds.length === chosen.contributorMemberIds.length &&
      now
    );
  }, 'a replacement for the declined role');
  const newcomer = byId.get(replaced.contributorMemberIds.find((id) => !chosen.contributorMemberIds.includes(id))!)!;
  await settle(() => mail.to(newcomer.email).some((m) => /\/roles\//.test(m.text ?? '')), 'the replacement to be told');
  outcome.nextRolesTold += 1;
  log(`  ${decliner.name} décline ; ${newcomer.name} est proposé·e à sa place`);
  for (const id of [replaced.guideMemberId, ...replaced.contributorMemberIds].filter((x): x is string => !!x)) {
    await submitForm(Mailbox.link(lastWithLink(mail, byId.get(id)!.email, 'roles'), 'roles'), { response: 'accept' });
  }
  return heldNext(await api.get(`/occurrences/${occurrenceId}`));
}

function lastWithLink(mail: Mailbox, email: string, segment: string) {
  const found = mail
    .to(email)
    .filter((m) => new RegExp(`/${segment}/`).test(m.text ?? ''))
    .pop();
  if (!found) throw new Error(`No email to ${email} with a /${segment}/ link`);
  return found;
}

function heldRoles(view: any): HeldRoles {
  const roles = view.roles ?? {};
  return { theme: view.theme ?? null, guideMemberId: roles.guideMemberId ?? null, contributorMemberIds: roles.contributorMemberIds ?? [] };
}

function heldNext(view: any): HeldRoles | null {
  const next = view.nextRoles;
  if (!next) return null;
  return { theme: next.theme ?? null, guideMemberId: next.guideMemberId ?? null, contributorMemberIds: next.contributorMemberIds ?? [] };
}

function describeProposal(proposal: { guide: { name: string } | null; contributors: Array<{ name: string }> }): string {
  return `guide ${proposal.guide?.name ?? '—'}, contributeur·ices ${proposal.contributors.map((c) => c.name).join(', ') || '—'}`;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function localWhen(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleString('fr-FR', { timeZone, dateStyle: 'full', timeStyle: 'short' });
}
