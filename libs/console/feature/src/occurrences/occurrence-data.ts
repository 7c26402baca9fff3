import type { Language } from '@cercle/words';
import type { FormState } from '../series/fields';

/** What the occurrence page shows, as the services answer it (JSON: instants are ISO strings). */
export interface OccurrenceData {
  occurrence: {
    id: string;
    seriesId: string;
    communityId: string;
    title: string;
    startsAt: string;
    endsAt: string;
    localStart: string;
    timeZone: string;
    location: string | null;
    status: string;
    theme: string | null;
    format: { id: string; name: { fr: string; en: string } };
    timeline: Array<{ step: string; dueAt: string; state: string; doneAt: string | null; outcome: string | null }>;
    notes: Array<{ workshop: string; scribeName: string; markdown: string; submittedAt: string }>;
    /** Health alerts, raised or closed (`cleared` resolved, `withdrawn` its check no longer applies). */
    alerts?: Array<{
      check: string;
      state: string;
      detail: { memberIds: string[]; count: number | null; threshold: number | null; capacity: number | null; free: number | null };
      raisedAt: string;
      clearedAt: string | null;
    }>;
  };
  registrations: {
    counts: { yes: number; no: number; maybe: number; confirmed: number; waitlisted: number };
    capacity: number | null;
    registrations: Array<{ id: string; memberName: string | null; answer: string; status: string; guest: boolean }>;
    waitingList: Array<{ position: number; memberName: string | null }>;
  };
  topics: Array<{
    id: string;
    title: string;
    kind: string;
    proposerName: string | null;
    votes: number;
    selected: boolean;
    room: string | null;
    localStart: string | null;
    localEnd: string | null;
  }>;
  programme: {
    slots: Array<{
      slotId: string;
      title: { fr: string; en: string };
      localStart: string;
      localEnd: string;
      rooms: Array<{ room: string; topics: Array<{ title: string }> }>;
    }>;
    unplaced: Array<{ title: string }>;
  };
  roles: {
    guide: { memberId: string; name: string } | null;
    contributors: Array<{ memberId: string; name: string }>;
    participants: Array<{ memberId: string; name: string }>;
  };
  readiness: {
    ready: boolean;
    contributions: Array<{
      memberId: string;
      memberName: string;
      kind: string | null;
      title: string | null;
      materialsUrl: string | null;
      prepStatus: string;
      missing: string[];
    }>;
  };
  scribes: Array<{ workshop: string; memberId: string | null; name: string; notesSubmittedAt: string | null }>;
  /** The community's active members, for the forms that name someone. */
  members: Array<{ id: string; name: string }>;
}

/** `GET /occurrences/:id/change-audience` with the members it names, named. */
export interface ChangeAudienceData {
  kind: 'reschedule' | 'cancellation';
  announced: boolean;
  calendarHolders: boolean;
  channel: boolean;
  names: string[];
  /** The registrants events names (ids), and who holds the occurrence in a calendar (null: notifications did not say). */
  memberIds: string[];
  holderIds: string[] | null;
}

export const OCCURRENCE_FORMS = ['vote', 'placement', 'roles', 'scribe', 'reschedule', 'cancel'] as const;
export type OccurrenceForm = (typeof OCCURRENCE_FORMS)[number];

export interface OccurrencePage {
  language: Language;
  csrf: string;
  data: OccurrenceData;
  /** The state of the form just sent (values kept, errors by field); the others start empty. */
  forms: Partial<Record<OccurrenceForm, FormState>>;
  /** For a placement form: which topic it was about. */
  placementTopicId?: string;
  /** Who a reschedule or cancellation would tell, when the organiser asked to preview it. */
  audience?: ChangeAudienceData;
  /** What the last action did, or why the services refused it, already in words. */
  flash?: { kind: 'success' | 'error'; text: string };
}

export const formOf = (page: OccurrencePage, name: OccurrenceForm): FormState => page.forms[name] ?? { values: {}, errors: {} };
