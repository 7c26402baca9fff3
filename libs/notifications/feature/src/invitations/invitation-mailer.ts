import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { LOGGER, Logger, SERVICE_CONFIG, CLOCK, Clock } from '@cercle/platform';
import { NotificationsConfig, parseMailFrom } from '../notifications.config';
import { DeliveryError, type EmailSender } from '../providers';
import { EMAIL_SENDER } from '../senders';
import { composeInvitationEmail } from './invitation-email';

/**
 * Sends the email of an invitation, once per invitation. It runs in the inbox's transaction: its row in
 * `invitation_email`, locked, says whether the email already left (a second message for the same
 * invitation sends nothing). A transient SMTP failure is thrown, the transaction rolls back and BullMQ
 * retries; a permanent refusal is recorded as `failed` and not retried.
 */
@Injectable()
export class InvitationMailer {
  private readonly from: { name: string; email: string };

  constructor(
    @Inject(SERVICE_CONFIG) config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EMAIL_SENDER) private readonly email: EmailSender,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.from = parseMailFrom(config.MAIL_FROM);
  }

  async send(em: EntityManager, invited: PayloadOf<'organiser.invited'>): Promise<'sent' | 'already-done' | 'expired' | 'failed'> {
    const run = (sql: string, params: unknown[]) => em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
    const table = `"${em.config.get('schema') as string}"."invitation_email"`;
    await run(
      `insert into ${table} ("invitation_id", "email", "status", "created_at") values (?, ?, 'pending', ?) on conflict do nothing`,
      [invited.invitationId, invited.email, this.clock.now()],
    );
    const [row] = await run(`select "status" from ${table} where "invitation_id" = ? for update`, [invited.invitationId]);
    if (row.status !== 'pending') return 'already-done';
    // A message that waited past the invitation's end would only lead to an "expired" page.
    if (new Date(invited.expiresAt).getTime() <= this.clock.now().getTime()) {
      await run(`update ${table} set "status" = 'expired' where "invitation_id" = ?`, [invited.invitationId]);
      return 'expired';
    }
    try {
      const sent = await this.email.send(composeInvitationEmail(invited, this.from));
      await run(`update ${table} set "status" = 'sent', "provider_answer" = ?, "sent_at" = ? where "invitation_id" = ?`, [
        JSON.stringify(sent),
        this.clock.now(),
        invited.invitationId,
      ]);
      return 'sent';
    } catch (error) {
      if (!(error instanceof DeliveryError) || !error.permanent) throw error;
      this.logger.error(
        { invitationId: invited.invitationId, reason: error.message, answer: error.providerResponse },
        'invitation email refused for good',
      );
      await run(`update ${table} set "status" = 'failed', "last_error" = ? where "invitation_id" = ?`, [
        `${error.message}: ${error.providerResponse ?? ''}`,
        invited.invitationId,
      ]);
      return 'failed';
    }
  }
}
