import { dayPageUrl, LinkPurpose } from '@cercle/contracts';
import { dayWindow } from '@cercle/events-domain';
import { signLink } from '@cercle/signed-links';
import { verifyOccurrenceLink } from '../http/signed-page';

/** A day after the day closes: a phone that loaded the page late in the evening can still send its form. */
const GRACE_SECONDS = 24 * 3600;

export interface DayLink {
  url: string;
  /** When the page takes topics and volunteers: the occurrence's local day(s). */
  opensAt: Date;
  closesAt: Date;
  /** When the link itself stops working (after the day, with a grace period). */
  expiresAt: Date;
}

interface DayOf {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The room's link of one occurrence: signed for the occurrence alone (no person: the claim's member is the
 * occurrence itself), expiring after its day. The page checks the day again against the occurrence as it
 * stands, so a link made before a reschedule opens on the new day (and needs a new copy only if the
 * occurrence moved later than the link's expiry).
 */
export function dayLink(secret: string, publicUrl: string, occurrence: DayOf, timeZone: string): DayLink {
  const window = dayWindow(occurrence.startsAt, occurrence.endsAt, timeZone);
  const exp = Math.floor(window.closesAt.getTime() / 1000) + GRACE_SECONDS;
  const token = signLink(secret, { purpose: LinkPurpose.Day, memberId: occurrence.id, subjectId: occurrence.id, exp });
  return { url: dayPageUrl(publicUrl, token), ...window, expiresAt: new Date(exp * 1000) };
}

/** The occurrence a room's link was signed for; a member's link (or a forged one) is refused. */
export function occurrenceOfDayLink(secret: string, token: string, now: Date): string {
  return verifyOccurrenceLink(secret, token, LinkPurpose.Day, now).occurrenceId;
}
