import ICAL from 'ical.js';
import { roleLabel } from '@cercle/notifications-domain';
import type { Stack } from '../../dev/src/stack';
import type { Recipient } from './received-messages';

/** What a person's own calendar feed shows of the occurrence: its status, SEQUENCE and their role. */
export interface FeedEntry {
  status: string;
  sequence: number;
  role: 'guide' | 'contributor' | null;
}

/**
 * Each person's calendar feed, reached as they would: the preferences link at the foot of their latest
 * email, then the personal feed it offers, read by ical.js as a calendar app subscribed to it would.
 * Null: the feed does not list the occurrence (or the person has no email to reach it from).
 */
export async function readMemberFeeds(stack: Stack, occurrenceId: string, people: Recipient[]): Promise<Map<string, FeedEntry | null>> {
  const feeds = new Map<string, FeedEntry | null>();
  for (const person of people) {
    const preferences = preferencesLinkOf(stack, person.email);
    if (!preferences) {
      feeds.set(person.name, null);
      continue;
    }
    const page = await (await fetch(preferences, { headers: { accept: 'text/html' } })).text();
    const feedUrl = /href="([^"]*\/calendars\/members\/[^"]+)"/.exec(page)?.[1];
    if (!feedUrl) throw new Error(`${person.name}'s preferences page offers no personal calendar feed`);
    const response = await fetch(feedUrl.replace(/&amp;/g, '&'));
    if (!response.ok) throw new Error(`${person.name}'s calendar feed answered ${response.status}`);
    feeds.set(person.name, entryOf(await response.text(), occurrenceId));
  }
  return feeds;
}

/** The preferences link at the foot of the latest email to someone (signed for them and the series). */
export function preferencesLinkOf(stack: Stack, email: string): string | null {
  const latest = stack
    .mail!.messages()
    .filter((m) => m.envelope.to.includes(email) && /\/notifications\/preferences\//.test(m.text ?? ''))
    .pop();
  return (latest && /https?:\/\/\S+\/notifications\/preferences\/[A-Za-z0-9._%-]+/.exec(latest.text ?? '')?.[0]) ?? null;
}

function entryOf(feed: string, occurrenceId: string): FeedEntry | null {
  const calendar = new ICAL.Component(ICAL.parse(feed));
  const event = calendar.getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).includes(occurrenceId));
  if (!event) return null;
  const summary = String(event.getFirstPropertyValue('summary'));
  // The role is the summary's suffix (« Titre · Guide »), in the reader's language.
  const role =
    (['guide', 'contributor'] as const).find((r) =>
      (['fr', 'en'] as const).some((language) => summary.endsWith(` · ${roleLabel(r, language)}`)),
    ) ?? null;
  return { status: String(event.getFirstPropertyValue('status')), sequence: Number(event.getFirstPropertyValue('sequence') ?? 0), role };
}
