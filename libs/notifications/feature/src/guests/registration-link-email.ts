import type { PayloadOf } from '@cercle/contracts';
import { formatMoment } from '@cercle/notifications-domain';
import { escapeHtml } from '@cercle/platform';
import type { EmailAddress, OutgoingEmail } from '../providers';

type Requested = PayloadOf<'registration.link-requested'>;

// The title is quoted after "la rencontre", so no word has to agree with it.
const words = {
  fr: {
    subject: {
      confirm: (r: Requested) => `Confirmez votre inscription à la rencontre « ${r.occurrenceTitle} »`,
      personal: (r: Requested) => `Votre lien d’inscription à la rencontre « ${r.occurrenceTitle} »`,
    },
    hello: (r: Requested) => `Bonjour ${r.name},`,
    what: (r: Requested, when: string) =>
      `Vous avez demandé à vous inscrire à la rencontre « ${r.occurrenceTitle} », le ${when}${r.location ? `, ${r.location}` : ''}.`,
    confirm: (deadline: string) => `Pour confirmer votre inscription, ouvrez ce lien avant le ${deadline} :`,
    confirmNote: 'Rien n’est enregistré tant que vous ne l’avez pas ouvert.',
    personal:
      'Vous êtes déjà connu·e de cette communauté : voici votre lien personnel, qui vous permet aussi de changer votre réponse plus tard.',
    button: { confirm: 'Confirmer mon inscription', personal: 'Répondre à l’invitation' },
    ignore: 'Si vous n’êtes pas à l’origine de cette demande, ignorez simplement ce message.',
  },
  en: {
    subject: {
      confirm: (r: Requested) => `Confirm your registration for “${r.occurrenceTitle}”`,
      personal: (r: Requested) => `Your registration link for “${r.occurrenceTitle}”`,
    },
    hello: (r: Requested) => `Hello ${r.name},`,
    what: (r: Requested, when: string) =>
      `You asked to register for “${r.occurrenceTitle}”, on ${when}${r.location ? `, ${r.location}` : ''}.`,
    confirm: (deadline: string) => `To confirm your registration, open this link before ${deadline}:`,
    confirmNote: 'Nothing is recorded until you open it.',
    personal: 'This community already knows you: here is your personal link, which also lets you change your answer later.',
    button: { confirm: 'Confirm my registration', personal: 'Answer the invitation' },
    ignore: 'If you did not ask for this, simply ignore this message.',
  },
};

/**
 * The one email of a request made on an occurrence's public page, in the language the page was read in:
 * the confirmation link for someone new, or their own registration link for someone known.
 */
export function composeRegistrationLinkEmail(requested: Requested, from: EmailAddress): OutgoingEmail {
  const w = words[requested.language];
  const when = formatMoment(requested.startsAt, requested.timeZone, requested.language);
  const lead =
    requested.purpose === 'confirm' ? w.confirm(formatMoment(requested.expiresAt, requested.timeZone, requested.language)) : w.personal;
  const after = requested.purpose === 'confirm' ? [w.confirmNote, w.ignore] : [w.ignore];
  const text = [w.hello(requested), w.what(requested, when), `${lead}\n${requested.url}`, ...after].join('\n\n') + '\n';
  const html = `<!doctype html><html lang="${requested.language}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#161616">
<p>${escapeHtml(w.hello(requested))}</p><p>${escapeHtml(w.what(requested, when))}</p><p>${escapeHtml(lead)}</p>
<p><a href="${escapeHtml(requested.url)}" style="color:#000091;font-weight:600">${escapeHtml(w.button[requested.purpose])}</a></p>
<p style="overflow-wrap:anywhere;color:#3a3a3a">${escapeHtml(requested.url)}</p>${after.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</body></html>`;
  return {
    from,
    to: { name: requested.name, email: requested.email },
    subject: w.subject[requested.purpose](requested),
    text,
    html,
    headers: { 'X-Cercle-Kind': `registration-link-${requested.purpose}` },
  };
}
