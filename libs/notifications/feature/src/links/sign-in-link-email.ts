import type { PayloadOf } from '@cercle/contracts';
import { escapeHtml } from '@cercle/platform';
import type { EmailAddress, OutgoingEmail } from '../providers';

type Requested = PayloadOf<'organiser.sign-in-link-requested'>;

const words = {
  fr: {
    subject: 'Votre lien de connexion à la console Cercle',
    hello: (r: Requested) => `Bonjour ${r.name},`,
    lead: 'Pour vous connecter à la console des organisateurs et organisatrices de Cercle, ouvrez ce lien. Il est valable 15 minutes et ne sert qu’une fois :',
    button: 'Me connecter à la console',
    ignore: 'Si vous n’avez pas demandé à vous connecter, ignorez ce message : personne ne peut se connecter sans ce lien.',
  },
  en: {
    subject: 'Your sign-in link to the Cercle console',
    hello: (r: Requested) => `Hello ${r.name},`,
    lead: 'To sign in to the Cercle organisers’ console, open this link. It is valid for 15 minutes and works once:',
    button: 'Sign me in to the console',
    ignore: 'If you did not ask to sign in, ignore this message: no one can sign in without this link.',
  },
};

/** The console's sign-in email, in the language of the page it was asked from. */
export function composeSignInLinkEmail(requested: Requested, from: EmailAddress): OutgoingEmail {
  const w = words[requested.language];
  const text = [w.hello(requested), `${w.lead}\n${requested.url}`, w.ignore].join('\n\n') + '\n';
  const html = `<!doctype html><html lang="${requested.language}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#161616">
<p>${escapeHtml(w.hello(requested))}</p><p>${escapeHtml(w.lead)}</p>
<p><a href="${escapeHtml(requested.url)}" style="color:#000091;font-weight:600">${escapeHtml(w.button)}</a></p>
<p style="overflow-wrap:anywhere;color:#3a3a3a">${escapeHtml(requested.url)}</p><p>${escapeHtml(w.ignore)}</p></body></html>`;
  return {
    from,
    to: { name: requested.name, email: requested.email },
    subject: w.subject,
    text,
    html,
    headers: { 'X-Cercle-Kind': 'console-sign-in-link' },
  };
}
