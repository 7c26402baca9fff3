import { DateTime } from 'luxon';
import type { CaughtMessage } from '@cercle/dev-servers';
import type { Stack } from '../dev/src/stack';
import { DemoFormat, formatPlays } from '../demo/src/format-plays';
import { LifecycleCounts, OccurrenceRun, runLifecycle } from '../demo/src/lifecycle-scenario';
import type { CercleApi } from '../demo/src/api-client';
import type { DemoMember } from '../demo/src/community';
import { Mailbox } from '../demo/src/mailbox';
import { startTestStack, suiteLog, TestStack } from './test-stack';

/**
 * Each seed format for two consecutive occurrences of one series, across the three services as separate
 * processes, with a DST change between the occurrences: the roles and theme chosen at the first are the
 * ones reminded and shown at the second, and every time in every message is the right local time.
 */
describe.each<DemoFormat>(['peer-group', 'open-forum'])('%s: two occurrences across a DST change', (format) => {
  const play = formatPlays[format];
  let running: TestStack;
  let stack: Stack;
  let counts: LifecycleCounts;
  let runs: OccurrenceRun[];
  let members: DemoMember[];
  let api: CercleApi;
  const { note, lines: log } = suiteLog();

  beforeAll(async () => {
    running = await startTestStack('e2e2', { log: note });
    stack = running.stack;
    const result = await runLifecycle(stack, { format, occurrences: 2, members: 10, log: note });
    counts = result.counts;
    runs = result.runs;
    members = result.demo.members;
    api = result.demo.api;
  }, 600000);

  afterAll(async () => {
    console.log(log.join('\n'));
    await running?.stop();
  }, 60000);

  const local = (iso: string) => DateTime.fromISO(iso, { zone: play.timeZone });
  const daysOf = (run: OccurrenceRun) => [
    local(run.startsAt).setLocale('fr-FR').toFormat('cccc d LLLL yyyy'),
    local(run.startsAt).setLocale('en-GB').toFormat('cccc d LLLL yyyy'),
  ];
  const about = (run: OccurrenceRun): CaughtMessage[] =>
    stack.mail!.messages().filter((m) => daysOf(run).some((day) => (m.text ?? '').includes(day)));

  it('runs both occurrences through every step, on both sides of a change of UTC offset', () => {
    expect(counts.occurrences).toBe(2);
    expect(counts.announced).toBe(2);
    expect(local(runs[0].startsAt).offset).not.toBe(local(runs[1].startsAt).offset);
    expect(counts.notesArchived).toBeGreaterThanOrEqual(4);
  });

  it('carries the roles and the theme chosen at the first occurrence over to the second', () => {
    expect(runs[0].chosen).not.toBeNull();
    expect(runs[1].held).toEqual({ ...runs[0].chosen, contributorMemberIds: expect.arrayContaining(runs[0].chosen!.contributorMemberIds) });
    expect(counts.rolesCarriedOver).toBe(true);
  });

  it('reminds the people chosen at the first occurrence, at the second, of the theme chosen for it', () => {
    const theme = runs[0].chosen!.theme!;
    const chosen = [runs[0].chosen!.guideMemberId, ...runs[0].chosen!.contributorMemberIds]
      .filter(Boolean)
      .map((id) => members.find((m) => m.id === id)!);
    const second = about(runs[1]);
    for (const person of chosen) {
      expect(second.filter((m) => m.envelope.to.includes(person.email) && (m.text ?? '').includes(theme)).length).toBeGreaterThan(0);
    }
  });

  it('shows the local start time in every message about each occurrence, never the UTC one', () => {
    for (const run of runs) {
      const messages = about(run);
      expect(messages.length).toBeGreaterThanOrEqual(members.length);
      const utc = DateTime.fromISO(run.startsAt, { zone: 'UTC' }).toFormat('HH:mm');
      expect(utc).not.toBe(play.startTime);
      for (const m of messages) {
        const kind = Mailbox.kind(m);
        // Notes messages are about the session that was, and give the notes deadline instead (next test).
        if (kind !== 'notesReminder')
          expect({ kind, hasLocalStart: (m.text ?? '').includes(play.startTime) }).toEqual({ kind, hasLocalStart: true });
        expect(m.text ?? '').not.toContain(utc);
      }
      // The channel posts (announcement, agenda) say the same, in the community's language; the notes
      // thread (a root with the file, a reply per workshop) is about what was said, not when, and the
      // series' index of past sessions lists them by day.
      const posts = stack
        .mattermost!.posts()
        .filter(
          (p) => p.message.includes(daysOf(run)[0]) && !p.root_id && !p.file_ids?.length && !p.message.startsWith('#### :card_index:'),
        );
      expect(posts.length).toBeGreaterThan(0);
      for (const post of posts) {
        expect(post.message).toContain(play.startTime);
        expect(post.message).not.toContain(utc);
      }
    }
  });

  it('gives scribes the notes deadline in local time', async () => {
    for (const run of runs) {
      const view = await api.get(`/occurrences/${run.occurrenceId}`);
      const deadline = view.timeline.find((s: { step: string }) => s.step === 'archiveNotes').dueAt as string;
      const reminders = about(run).filter((m) => Mailbox.kind(m) === 'notesReminder');
      expect(reminders.length).toBeGreaterThan(0);
      for (const m of reminders) {
        expect(m.text).toContain(local(deadline).toFormat('HH:mm'));
        expect(m.text).not.toContain(DateTime.fromISO(deadline, { zone: 'UTC' }).toFormat('HH:mm'));
      }
    }
  });

  it('sends calendar invitations at the local wall-clock time with the zone, for both occurrences', () => {
    for (const run of runs) {
      const expected = `DTSTART;TZID=${play.timeZone}:${local(run.startsAt).toFormat("yyyyMMdd'T'HHmmss")}`;
      const invites = about(run).flatMap(calendarParts);
      expect(invites.length).toBeGreaterThanOrEqual(members.length);
      for (const raw of invites) expect(raw).toContain(expected);
    }
  });

  /** The iCalendar parts of an email, unfolded (RFC 5545 continuation lines). */
  function calendarParts(m: CaughtMessage): string[] {
    return m.attachments
      .filter((a) => a.contentType.startsWith('text/calendar'))
      .map((a) => a.content.toString('utf8').replace(/\r?\n[ \t]/g, ''));
  }

  it('raises health alerts where a contribution was still missing something at D-7, and shows them in the timeline', () => {
    // The second contributor of each occurrence hands in a title without materials (see the demo scenario).
    expect(counts.alerts).toBeGreaterThanOrEqual(2);
  });

  it('keeps one index of past sessions in the channel, edited in place after the second archive', () => {
    const indexes = stack.mattermost!.posts().filter((p) => p.message.startsWith('#### :card_index:'));
    expect(indexes).toHaveLength(1);
    expect(indexes[0].edit_at).toBeGreaterThan(0);
    for (const run of runs) expect(indexes[0].message).toContain(daysOf(run)[0]);
    expect(indexes[0].message).toMatch(/\]\(http:\/\/[^)]+\/_redirect\/pl\/[a-z0-9]{26}\)/);
  });

  it("remembers the series' past sessions with their themes and notes, and finds one by its theme", async () => {
    const seriesId = (await api.get(`/occurrences/${runs[0].occurrenceId}`)).seriesId;
    const memory = await api.get(`/series/${seriesId}/memory`);
    expect(memory.occurrences.map((o: { occurrenceId: string }) => o.occurrenceId)).toEqual([runs[1].occurrenceId, runs[0].occurrenceId]);
    for (const o of memory.occurrences) {
      expect(o.theme).toBeTruthy();
      expect(o.notes.workshops.length).toBeGreaterThan(0);
      expect(o.notes.link).toContain(`/occurrences/${o.occurrenceId}`);
    }
    const second = memory.occurrences[0];
    const found = await api.get(`/series/${seriesId}/memory?q=${encodeURIComponent(second.theme)}`);
    expect(found.occurrences.map((o: { occurrenceId: string }) => o.occurrenceId)).toEqual([second.occurrenceId]);
  });

  it('lets no text written by people mention @all or @channel in Mattermost', () => {
    for (const post of stack.mattermost!.posts()) expect(post.message).not.toMatch(/(^|[^\w`])@(all|channel|here)\b/);
  });
});
