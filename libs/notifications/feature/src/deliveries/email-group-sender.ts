import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { CLOCK, Clock, Outbox, SERVICE_CONFIG } from '@cercle/platform';
import type { Language, TemplateOverride } from '@cercle/notifications-domain';
import { CommunityChannel } from '../entities/community-channel.entity';
import { DeliveryError, type EmailSender } from '../providers';
import { EMAIL_SENDER } from '../senders';
import { NotificationsConfig, parseMailFrom } from '../notifications.config';
import { findOverride } from '../templates/find-override';
import { EmailComposer } from './compose-email';
import { reportDeliveryFailures } from './failure-report';
import { againstCurrent, keptOccurrence } from './current-occurrence';
import { DeliveryLog } from './delivery-log';
import { inviteSequence, RECIPIENT_INACTIVE } from './delivery-sender';
import { pendingEmails, type PendingEmail } from './email-group-rows';
import { NotificationCache } from './notification-cache';
import { SentMarks } from './sent-marks';

type Request = PayloadOf<'notification.requested'>;

export interface GroupOutcome {
  sent: number;
  skipped: number;
  /** Refused for good (`failed` in the log). */
  failed: number;
}

type Progress = GroupOutcome & { retry?: unknown; failedId?: string };

/**
 * Sends a group of email deliveries of one notification. What every email of the group shares is read
 * once: the notification, its community, the occurrence as it now is (so a message is still checked
 * against the current occurrence when it goes out, not when it was planned) and the organiser's wording
 * per language. Each row is still sent only while `pending` and leaves `pending` once, under its own
 * key. A transient failure is recorded on its row and the group's job is retried after the others were
 * tried: the retry finds only the rows still pending.
 */
@Injectable()
export class EmailGroupSender {
  private readonly from: { name: string; email: string };
  private readonly notifications = new NotificationCache();
  private readonly marks = new SentMarks();

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EMAIL_SENDER) private readonly email: EmailSender,
    private readonly outbox: Outbox,
  ) {
    this.from = parseMailFrom(config.MAIL_FROM);
  }

  async deliver(em: EntityManager, ids: readonly string[]): Promise<GroupOutcome> {
    const rows = await pendingEmails(em, ids);
    const outcome: Progress = { sent: 0, skipped: 0, failed: 0 };
    const log = new DeliveryLog(em);
    // Planned together, a group holds one notification; a hand-made one is sent per notification all the same.
    for (const [notificationId, group] of groupBy(rows, (r) => r.notificationId)) {
      const written = await this.notifications.request(em, notificationId);
      const current = againstCurrent(written, await keptOccurrence(em, written.occurrence.occurrenceId));
      if ('skipped' in current) {
        await log.markManySkipped(
          group.map((r) => r.id),
          current.skipped,
        );
        outcome.skipped += group.length;
        continue;
      }
      await this.send(em, log, group, current.request, current.outdated, outcome);
    }
    // Events' health checks count failed deliveries: one report per group is enough, the count is read afresh.
    if (outcome.failedId) await reportDeliveryFailures(em, this.outbox, outcome.failedId, this.clock.now());
    // Transient failures (or unexpected ones) were counted on their rows; BullMQ retries with the contract's backoff.
    if (outcome.retry !== undefined) throw outcome.retry;
    return { sent: outcome.sent, skipped: outcome.skipped, failed: outcome.failed };
  }

  private async send(
    em: EntityManager,
    log: DeliveryLog,
    rows: PendingEmail[],
    request: Request,
    outdated: boolean,
    outcome: Progress,
  ): Promise<void> {
    const community = await em.findOne(CommunityChannel, { communityId: request.occurrence.communityId });
    const communityName = community?.name ?? request.occurrence.title;
    const languages = [...new Set(rows.flatMap((r) => (r.reader ? [r.reader.language] : [])))];
    const overrides = new Map<Language, TemplateOverride | null>();
    for (const language of languages) overrides.set(language, await findOverride(em, request.occurrence.seriesId, request.kind, language));
    const now = this.clock.now();
    const settings = { publicUrl: this.config.PUBLIC_URL, linkSecret: this.config.LINK_SECRET, now, from: this.from, communityName };
    const composer = new EmailComposer(request, settings, (language) => overrides.get(language) ?? null);

    const one = async (row: PendingEmail) => {
      if (!row.reader || !row.memberId) {
        await log.markSkipped(row.id, RECIPIENT_INACTIVE);
        outcome.skipped++;
        return;
      }
      try {
        const email = composer.compose(
          { memberId: row.memberId, name: row.reader.name, email: row.address, language: row.reader.language },
          row.calendarMethod ? { method: row.calendarMethod, sequence: inviteSequence(row, request, outdated) } : null,
        );
        const sent = await this.email.send(email);
        await this.marks.mark(em, row.id, JSON.stringify(sent), this.clock.now());
        outcome.sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const answer = error instanceof DeliveryError ? error.providerResponse : null;
        if (error instanceof DeliveryError && error.permanent) {
          await log.markFailed(row.id, message, answer, true);
          outcome.failed++;
          outcome.failedId ??= row.id;
          return;
        }
        await log.recordAttemptError(row.id, message, answer);
        outcome.retry ??= error;
      }
    };
    // As many at once as the SMTP pool has connections: the pool queues the rest anyway.
    const queue = [...rows];
    // A lane never stops early: the job ends only when every lane has, so no send of this attempt is still
    // running when BullMQ retries it. What failed to be written (the database gone) makes the job retry.
    const lanes = Array.from({ length: Math.min(this.config.SMTP_POOL_SIZE, queue.length) }, async () => {
      for (let row = queue.shift(); row; row = queue.shift()) await one(row).catch((error) => (outcome.retry ??= error));
    });
    await Promise.all(lanes);
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
