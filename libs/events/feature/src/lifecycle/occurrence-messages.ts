import type { AgendaItem, OccurrenceSnapshot, PayloadOf } from '@cercle/contracts';
import { buildAgenda, type Format, getFormat, type OccurrenceStatus, rulesOf, topicKindsOf } from '@cercle/events-domain';

/** The facts about an occurrence that its messages carry (plain data, so this stays pure and unit-tested). */
export interface OccurrenceFacts {
  occurrenceId: string;
  seriesId: string;
  communityId: string;
  title: string;
  formatId: string;
  /** The format itself when it is not a built-in one (organiser-defined); else looked up by `formatId`. */
  format?: Format;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string | null;
  theme: string | null;
  status: OccurrenceStatus;
  capacity: number | null;
  calendarSequence: number;
  previousStartsAt: Date | null;
  cancellationReason: string | null;
  registrationClosesAt: Date | null;
  /** Proposals and, once selected and placed, the programme (see topics/topic-list.ts). */
  topics?: OccurrenceSnapshot['topics'];
}

/** The domain says `open` (registration is open); the message contract says `announced`. */
export function contractStatus(status: OccurrenceStatus): PayloadOf<'occurrence.changed'>['status'] {
  return status === 'open' ? 'announced' : status;
}

export function occurrenceChangedPayload(facts: OccurrenceFacts): PayloadOf<'occurrence.changed'> {
  return {
    occurrenceId: facts.occurrenceId,
    seriesId: facts.seriesId,
    communityId: facts.communityId,
    title: facts.title,
    startsAt: facts.startsAt.toISOString(),
    endsAt: facts.endsAt.toISOString(),
    timeZone: facts.timeZone,
    status: contractStatus(facts.status),
    registrationOpen: facts.status === 'open',
    capacity: facts.capacity,
    // The registration page shows where and what: membership keeps them with its copy of the occurrence.
    location: facts.location,
    agenda: agendaOf(facts),
    // The calendar feeds keep the newest version of each occurrence by it.
    calendarSequence: facts.calendarSequence,
    // The registration form offers the format's own topic kinds and shows its rules.
    topicKinds: topicKindsOf(facts.format ?? getFormat(facts.formatId)),
    ...rulesPart(facts.format ?? getFormat(facts.formatId)),
    ...guestFacts(facts),
  };
}

/** What the public registration page decides with; formats stored before `openToGuests` are closed. */
function guestFacts(facts: OccurrenceFacts) {
  const format = facts.format ?? getFormat(facts.formatId);
  return {
    openToGuests: format.openToGuests ?? false,
    theme: facts.theme,
    cancellationReason: facts.cancellationReason,
  };
}

/** The format's rules when it states any; nothing otherwise, so no empty block is shown. */
function rulesPart(format: Format): { rules?: NonNullable<OccurrenceSnapshot['rules']> } {
  const rules = rulesOf(format);
  return rules ? { rules } : {};
}

/** The format's agenda at this occurrence's real clock times, titles in both languages. */
function agendaOf(facts: OccurrenceFacts): AgendaItem[] {
  const format = facts.format ?? getFormat(facts.formatId);
  return buildAgenda(format, facts.startsAt, facts.timeZone).map((item) => ({
    title: item.title,
    localStart: item.localStart,
    localEnd: item.localEnd,
  }));
}

/** Texts travel in both languages: notifications render each reader's. */
export function occurrenceSnapshot(facts: OccurrenceFacts): OccurrenceSnapshot {
  const format = facts.format ?? getFormat(facts.formatId);
  return {
    occurrenceId: facts.occurrenceId,
    seriesId: facts.seriesId,
    communityId: facts.communityId,
    title: facts.title,
    formatId: format.id,
    formatName: format.name,
    startsAt: facts.startsAt.toISOString(),
    endsAt: facts.endsAt.toISOString(),
    timeZone: facts.timeZone,
    location: facts.location,
    theme: facts.theme,
    agenda: agendaOf(facts),
    calendarSequence: facts.calendarSequence,
    previousStartsAt: facts.previousStartsAt?.toISOString() ?? null,
    cancellationReason: facts.cancellationReason,
    registrationClosesAt: facts.registrationClosesAt?.toISOString() ?? null,
    topics: facts.topics ?? [],
    ...rulesPart(format),
    openToGuests: format.openToGuests ?? false,
  };
}
