import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChatChoice, PayloadOf } from '@cercle/contracts';
import type { DeliveryChannel } from '../entities/delivery.entity';
import { publishMany } from '@cercle/platform';
import { chatAccounts, personalChannels, type RecipientWithPreferences } from '../preferences/personal-channels';
import { calendarHolderIds, planCalendar, type PlannedCalendar } from '../calendar/calendar-state';
import { planOrganiserDeliveries } from '../organisers/organiser-contacts';

type Request = PayloadOf<'notification.requested'>;

interface PlannedDelivery {
  channel: DeliveryChannel;
  memberId: string | null;
  address: string;
  calendar?: PlannedCalendar;
}

interface RecipientRow extends RecipientWithPreferences {
  member_id: string;
  email: string;
}

// Each member's preferences and their community's chat come with them (left joins: no row means the defaults).
const RECIPIENT_COLUMNS = `r."member_id", r."email", r."mattermost_username", r."matrix_user_id", c."chat", p."channels", p."unsubscribed_all", p."unsubscribed_series"`;
const FROM_RECIPIENTS = (schema: string) =>
  `"${schema}"."recipient" r left join "${schema}"."member_preference" p on p."member_id" = r."member_id"
   left join "${schema}"."community_channel" c on c."community_id" = r."community_id"`;

const CHUNK = 1000;

type Execute = <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * The active recipients among named members. Members notifications has not heard of yet (their
 * `member.changed` travels on its own and may arrive after this request) are remembered as awaited:
 * `planForArrivedMember` plans their part when they arrive, so nobody named is left out by a race.
 */
async function namedRecipients(
  execute: Execute,
  schema: string,
  request: Request,
  memberIds: string[],
  now: Date,
): Promise<RecipientRow[]> {
  // One array parameter (a Postgres array literal of validated uuids), not one placeholder per id.
  const ids = `{${memberIds.join(',')}}`;
  const rows = await execute<RecipientRow & { active: boolean }>(
    `select ${RECIPIENT_COLUMNS}, r."active" from ${FROM_RECIPIENTS(schema)} where r."member_id" = any(?::uuid[]) order by r."member_id"`,
    [ids],
  );
  const known = new Set(rows.map((r) => r.member_id));
  const unknown = memberIds.filter((id) => !known.has(id));
  if (unknown.length) {
    await execute(
      `insert into "${schema}"."awaited_recipient" ("notification_id", "member_id", "created_at")
       select ?, unnest(?::uuid[]), ? on conflict do nothing`,
      [request.notificationId, `{${unknown.join(',')}}`, now],
    );
  }
  return rows.filter((r) => r.active);
}

// Planned a page at a time: a network of 100,000 members is never held in memory at once.
const PAGE = 2000;

/**
 * Who the request is for, a page at a time: the community's active members, named members, or whoever
 * holds the occurrence in their calendar (with the named extras: registrants who hold no entry). The
 * members named beside the organisers come here; the organisers themselves are planned after.
 */
async function* audiencePages(execute: Execute, schema: string, request: Request, now: Date): AsyncGenerator<RecipientRow[]> {
  const audience = request.audience;
  if (audience.type === 'community') {
    // Guests came for one occurrence: what goes to every member is not for them.
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const page = await execute<RecipientRow>(
        `select ${RECIPIENT_COLUMNS} from ${FROM_RECIPIENTS(schema)}
          where r."community_id" = ? and r."active" and not r."guest" and r."member_id" > ? order by r."member_id" limit ${PAGE}`,
        [audience.communityId, after],
      );
      if (page.length) yield page;
      if (page.length < PAGE) return;
      after = page[page.length - 1].member_id;
    }
  }
  const ids =
    audience.type === 'members'
      ? audience.memberIds
      : audience.type === 'organisers'
        ? audience.alsoMemberIds
        : [...new Set([...(await calendarHolderIds(execute, schema, audience.occurrenceId)), ...(audience.alsoMemberIds ?? [])])];
  for (let i = 0; i < ids.length; i += PAGE) yield namedRecipients(execute, schema, request, ids.slice(i, i + PAGE), now);
}

/**
 * A newcomer's own announcement (events sends one to people who join while registration is open) may
 * cross the community's, in either order: whoever already has an announcement of this occurrence from
 * another request is not told twice.
 */
async function notYetAnnounced(execute: Execute, schema: string, request: Request, recipients: RecipientRow[]): Promise<RecipientRow[]> {
  if (request.kind !== 'announcement' || !recipients.length) return recipients;
  // Two announcements of one occurrence planned at the same moment would each see the other's rows as
  // not there yet: they take turns (a transaction-scoped lock on the occurrence).
  await execute(`select pg_advisory_xact_lock(hashtext(?))`, [`announcement:${request.occurrence.occurrenceId}`]);
  const told = await execute<{ member_id: string }>(
    `select distinct d."member_id" from "${schema}"."delivery" d join "${schema}"."notification" n on n."id" = d."notification_id"
      where (n."payload" #>> '{occurrence,occurrenceId}')::uuid = ? and n."kind" = 'announcement' and n."id" <> ? and d."member_id" = any(?::uuid[])`,
    [request.occurrence.occurrenceId, request.notificationId, `{${recipients.map((r) => r.member_id).join(',')}}`],
  );
  const already = new Set(told.map((t) => t.member_id));
  return recipients.filter((r) => !already.has(r.member_id));
}

/**
 * Turns a notification request into rows of the delivery log, one `deliveries.due` per group of emails
 * created and one `delivery.due` per chat delivery created,
 * all in the caller's transaction. Rows that already exist (the same request under another message
 * id, a replay) are left alone and not re-published: the unique key decides, not this code.
 * Returns the ids of the deliveries it created.
 */
export async function planDeliveries(em: EntityManager, request: Request, now: Date): Promise<string[]> {
  const schema = em.config.get('schema') as string;
  const ctx = em.getTransactionContext();
  const execute = <T = Record<string, unknown>>(sql: string, params: unknown[]) =>
    em.getConnection().execute(sql, params, 'all', ctx) as Promise<T[]>;

  await execute(
    `insert into "${schema}"."notification" ("id", "kind", "payload", "created_at") values (?, ?, ?::jsonb, ?) on conflict do nothing`,
    [request.notificationId, request.kind, JSON.stringify(request), now],
  );

  const created: string[] = [];
  const record = async (planned: PlannedDelivery[]) =>
    created.push(...(await insertAndPublish(em, execute, schema, request, planned, now)));
  if (request.emails || request.directMessages) {
    let pages = 0;
    for await (const recipients of audiencePages(execute, schema, request, now)) {
      pages++;
      await record(await planPage(execute, schema, request, recipients, now));
    }
    // The calendar's copy of the occurrence is kept even when nobody is emailed.
    if (!pages) await planCalendar(execute, schema, request, [], now);
    const audience = request.audience;
    if (audience.type === 'organisers')
      await record(await planOrganiserDeliveries(execute, schema, request, audience.communityId, audience.alsoMemberIds));
  }
  if (request.channelPost) {
    const communityId = request.audience.type === 'community' ? request.audience.communityId : request.occurrence.communityId;
    const [community] = await execute<{ mattermost_channel_id: string | null; matrix_room_id: string | null; chat: ChatChoice }>(
      `select "mattermost_channel_id", "matrix_room_id", "chat" from "${schema}"."community_channel" where "community_id" = ?`,
      [communityId],
    );
    const posts: PlannedDelivery[] = [];
    if (community?.mattermost_channel_id && community.chat !== 'matrix')
      posts.push({ channel: 'mattermost-post', memberId: null, address: community.mattermost_channel_id });
    if (community?.matrix_room_id && community.chat !== 'mattermost')
      posts.push({ channel: 'matrix-post', memberId: null, address: community.matrix_room_id });
    if (posts.length) await record(posts);
  }
  return created;
}

/** The emails and direct messages of one page of the audience, with the calendar object planned for each email. */
async function planPage(
  execute: Execute,
  schema: string,
  request: Request,
  recipients: RecipientRow[],
  now: Date,
): Promise<PlannedDelivery[]> {
  const planned: PlannedDelivery[] = [];
  const emailed: PlannedDelivery[] = [];
  for (const r of await notYetAnnounced(execute, schema, request, recipients)) {
    const to = personalChannels(request, r);
    if (to.email) emailed.push({ channel: 'email', memberId: r.member_id, address: r.email });
    if (to.dm) for (const account of chatAccounts(r)) planned.push({ ...account, memberId: r.member_id });
  }
  // Calendar invites travel by email only: what each person's calendar holds follows their emails.
  const calendar = await planCalendar(
    execute,
    schema,
    request,
    emailed.map((d) => d.memberId as string),
    now,
  );
  for (const d of emailed) planned.push({ ...d, calendar: calendar.get(d.memberId as string) });
  return planned;
}

/** Writes planned rows (those not already there) and the jobs that send them; returns the ids of the rows created. */
async function insertAndPublish(
  em: EntityManager,
  execute: Execute,
  schema: string,
  request: Request,
  planned: PlannedDelivery[],
  now: Date,
): Promise<string[]> {
  const created: Array<{ id: string; channel: DeliveryChannel; member_id: string | null }> = [];
  for (let i = 0; i < planned.length; i += CHUNK) {
    const chunk = planned.slice(i, i + CHUNK);
    const rows = await execute<{ id: string; channel: DeliveryChannel; member_id: string | null }>(
      `insert into "${schema}"."delivery" ("id", "notification_id", "kind", "channel", "member_id", "address", "status", "attempts", "created_at", "calendar_method", "calendar_sequence")
       values ${chunk.map(() => `(?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)`).join(', ')}
       on conflict do nothing returning "id", "channel", "member_id"`,
      chunk.flatMap((d) => [
        randomUUID(),
        request.notificationId,
        request.kind,
        d.channel,
        d.memberId,
        d.address,
        now,
        d.calendar?.method ?? null,
        d.calendar?.sequence ?? null,
      ]),
    );
    created.push(...rows);
  }
  // Emails to members go in groups; the few to organisers (no member: see organiser-delivery.ts) one by one.
  const grouped = (d: (typeof created)[number]) => d.channel === 'email' && d.member_id !== null;
  const emails = created.filter(grouped).map((d) => d.id);
  await publishMany(
    em,
    'delivery.due',
    created.filter((d) => !grouped(d)).map((d) => ({ deliveryId: d.id })),
    now,
  );
  await publishMany(em, 'deliveries.due', emailGroups(emails), now);
  return created.map((d) => d.id);
}

/**
 * Emails go out in groups: one job per group pays once for what every email of a notification shares.
 * Groups are small enough that a community of a few dozen still spreads over several workers, and a
 * fan-out of thousands over all of them.
 */
export const EMAIL_GROUP = 50;

function emailGroups(ids: string[]): Array<{ deliveryIds: string[] }> {
  const groups: Array<{ deliveryIds: string[] }> = [];
  for (let i = 0; i < ids.length; i += EMAIL_GROUP) groups.push({ deliveryIds: ids.slice(i, i + EMAIL_GROUP) });
  return groups;
}
