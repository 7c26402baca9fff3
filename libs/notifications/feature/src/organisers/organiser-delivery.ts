import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { renderChatPost, renderEmail, type Language, type TemplateOverride } from '@cercle/notifications-domain';
import type { Delivery } from '../entities/delivery.entity';
import type { ChatSender, EmailSender } from '../providers';
import { buildRenderContext } from '../deliveries/render-context';

type Request = PayloadOf<'notification.requested'>;
type Outcome = { sent: string } | { skipped: string };

export const ORGANISER_GONE = 'The recipient no longer organises the community at this address';
export const NO_MATTERMOST_ACCOUNT = 'No Mattermost account has this organiser’s address';

/**
 * Sends one delivery addressed to an organiser (a row without a member: the address is their email).
 * They have no language of their own: the community's is theirs; no personal link either (the message's
 * link leads to the console). Checked against who organises the community now, as a member's is
 * against the members: someone who stopped organising it is not told.
 */
export async function deliverToOrganiser(
  em: EntityManager,
  delivery: Delivery,
  request: Request,
  reader: { language: Language; communityName: string; override: TemplateOverride | null; idempotencyKey: string },
  senders: { email: EmailSender; from: { name: string; email: string }; chat: ChatSender | null },
): Promise<Outcome> {
  const name = await organiserName(em, request.occurrence.communityId, delivery.address);
  if (name === null) return { skipped: ORGANISER_GONE };
  const context = buildRenderContext(request, { language: reader.language, name, communityName: reader.communityName, organiser: true });
  if (delivery.channel !== 'email') {
    // Found by their address: only a chat that looks accounts up by email reaches them (Mattermost).
    if (!senders.chat?.usernameByEmail) return { skipped: `An organiser is not reached by ${delivery.channel}` };
    const username = await senders.chat.usernameByEmail(delivery.address);
    if (!username) return { skipped: NO_MATTERMOST_ACCOUNT };
    const message = renderChatPost(request.kind, context, reader.override).message;
    return { sent: JSON.stringify(await senders.chat.directMessage({ username, message, idempotencyKey: reader.idempotencyKey })) };
  }
  const rendered = renderEmail(request.kind, context, reader.override);
  const sent = await senders.email.send({
    from: senders.from,
    to: { name, email: delivery.address },
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    headers: { 'X-Cercle-Kind': request.kind, 'X-Cercle-Occurrence': request.occurrence.occurrenceId },
  });
  return { sent: JSON.stringify(sent) };
}

async function organiserName(em: EntityManager, communityId: string, email: string): Promise<string | null> {
  const schema = em.config.get('schema') as string;
  const [row] = await em
    .getConnection()
    .execute<Array<{ organiser_name: string }>>(
      `select "organiser_name" from "${schema}"."community_organiser" where "community_id" = ? and "email" = ? and "active" limit 1`,
      [communityId, email],
      'all',
      em.getTransactionContext(),
    );
  return row?.organiser_name ?? null;
}
