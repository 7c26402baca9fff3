import type { PayloadOf } from '@cercle/contracts';
import { formatMoment } from '@cercle/notifications-domain';
import { escapeHtml } from '@cercle/platform';
import type { EmailAddress, OutgoingEmail } from '../providers';

type Invited = PayloadOf<'organiser.invited'>;

// Organisers of the communities Cercle serves live in France; the deadline is read in their time.
const DEADLINE_ZONE = 'Europe/Paris';

const words = {
  fr: {
    subject: (i: Invited) => `${i.inviterName} vous invite à co-organiser ${i.communityName} sur Cercle`,
    hello: (i: Invited) => (i.inviteeName ? `Bonjour ${i.inviteeName},` : 'Bonjour,'),
    body: (i: Invited) =>
      `${i.inviterName} vous invite à co-organiser « ${i.communityName} » sur Cercle : préparer les rencontres, suivre les inscriptions et les sujets avec les autres organisateurs.`,
    accept: (deadline: string) => `Pour accepter, ouvrez ce lien (valable jusqu’au ${deadline}) :`,
    button: 'Accepter l’invitation',
    ignore: 'Si vous ne vous attendiez pas à cette invitation, ignorez simplement ce message.',
  },
  en: {
    subject: (i: Invited) => `${i.inviterName} invites you to co-organise ${i.communityName} on Cercle`,
    hello: (i: Invited) => (i.inviteeName ? `Hello ${i.inviteeName},` : 'Hello,'),
    body: (i: Invited) =>
      `${i.inviterName} invites you to co-organise “${i.communityName}” on Cercle: prepare the gatherings and follow registrations and topics with the other organisers.`,
    accept: (deadline: string) => `To accept, open this link (valid until ${deadline}):`,
    button: 'Accept the invitation',
    ignore: 'If you did not expect this invitation, simply ignore this message.',
  },
};

/** The one email of an invitation to co-organise: plain text and simple HTML, in the invitation's language. */
export function composeInvitationEmail(invited: Invited, from: EmailAddress): OutgoingEmail {
  const w = words[invited.language];
  const deadline = formatMoment(invited.expiresAt, DEADLINE_ZONE, invited.language);
  const text = [w.hello(invited), '', w.body(invited), '', w.accept(deadline), invited.url, '', w.ignore, ''].join('\n');
  const html = `<!doctype html><html lang="${invited.language}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#161616">
<p>${escapeHtml(w.hello(invited))}</p><p>${escapeHtml(w.body(invited))}</p><p>${escapeHtml(w.accept(deadline))}</p>
<p><a href="${escapeHtml(invited.url)}" style="color:#000091;font-weight:600">${escapeHtml(w.button)}</a></p>
<p style="overflow-wrap:anywhere;color:#3a3a3a">${escapeHtml(invited.url)}</p><p>${escapeHtml(w.ignore)}</p></body></html>`;
  return {
    from,
    to: { name: invited.inviteeName ?? '', email: invited.email },
    subject: w.subject(invited),
    text,
    html,
    headers: { 'X-Cercle-Kind': 'invitation' },
  };
}
