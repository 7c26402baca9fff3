import type { Lang } from '../registrations/registration-page.text';
import { joinLimits } from './join.schemas';

/** Every word of the public registration page and its confirmation, in French (default) and English. */
export const joinText = {
  fr: {
    title: 'Inscription',
    otherLanguage: { lang: 'en', label: 'English' },
    intro:
      'Cette rencontre est ouverte au-delà des membres de la communauté. Indiquez votre nom et votre adresse e-mail : nous vous enverrons un lien pour confirmer votre inscription.',
    name: 'Votre nom',
    nameHint: `Tel que les organisateurs le verront ; ${joinLimits.nameMax} caractères au maximum.`,
    email: 'Votre adresse e-mail',
    emailHint: 'Nous y enverrons votre lien d’inscription, puis les rappels de cette rencontre.',
    optIn: 'Rien n’est enregistré tant que vous n’avez pas ouvert le lien reçu par e-mail.',
    submit: 'Recevoir mon lien d’inscription',
    sentTitle: 'Vérifiez votre messagerie',
    sent: (email: string) =>
      `Si l’adresse ${email} est valide, un message vient d’y être envoyé avec votre lien d’inscription. Ouvrez-le pour confirmer : il est valable 48 heures. Pensez à regarder dans les courriers indésirables.`,
    states: {
      'members-only': 'Les inscriptions à cette rencontre sont réservées aux membres de sa communauté.',
      past: 'Cette rencontre a déjà eu lieu : elle n’accepte plus d’inscription.',
      'not-yet-open': 'Les inscriptions à cette rencontre ne sont pas encore ouvertes : revenez sur cette page après son annonce.',
      closed: 'Les inscriptions à cette rencontre sont closes.',
    },
    askOrganisers:
      'Pour y participer, demandez à ses organisateurs de vous ajouter à la communauté, par exemple en leur écrivant dans le canal où vous avez trouvé ce lien : vous recevrez alors l’annonce avec votre lien personnel.',
    tooMany: 'Trop de demandes ont été faites depuis votre connexion. Réessayez dans une heure.',
    errorPrefix: 'Erreur :',
    errorSummary: 'Votre demande n’a pas été envoyée. Merci de corriger :',
    fieldErrors: {
      name: { too_big: `Votre nom doit faire ${joinLimits.nameMax} caractères au maximum.`, default: 'Indiquez votre nom.' },
      email: {
        too_big: `L’adresse doit faire ${joinLimits.emailMax} caractères au maximum.`,
        default: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.',
      },
    } as Record<'name' | 'email', Record<string, string>>,
    confirmTitle: 'Confirmer votre inscription',
    confirmIntro: (name: string) =>
      `Bonjour ${name}, confirmez votre inscription à la rencontre ci-dessous : vous y serez inscrit·e comme invité·e de la communauté.`,
    confirmButton: 'Confirmer mon inscription',
    linkExpired: 'Ce lien de confirmation a expiré. Demandez-en un nouveau depuis la page d’inscription de la rencontre.',
  },
  en: {
    title: 'Registration',
    otherLanguage: { lang: 'fr', label: 'Français' },
    intro:
      'This gathering is open beyond the members of its community. Give your name and email address: we will send you a link to confirm your registration.',
    name: 'Your name',
    nameHint: `As the organisers will see it; at most ${joinLimits.nameMax} characters.`,
    email: 'Your email address',
    emailHint: 'We will send your registration link there, then this gathering’s reminders.',
    optIn: 'Nothing is recorded until you open the link sent to you by email.',
    submit: 'Get my registration link',
    sentTitle: 'Check your mailbox',
    sent: (email: string) =>
      `If ${email} is a valid address, a message with your registration link has just been sent to it. Open it to confirm: it is valid for 48 hours. Do check your spam folder.`,
    states: {
      'members-only': 'Registration for this gathering is for the members of its community.',
      past: 'This gathering has already taken place: it takes no more registrations.',
      'not-yet-open': 'Registration for this gathering is not open yet: come back to this page once it is announced.',
      closed: 'Registration for this gathering is closed.',
    },
    askOrganisers:
      'To take part, ask its organisers to add you to the community, for instance by writing to them in the channel where you found this link: you will then receive the announcement with your personal link.',
    tooMany: 'Too many requests were made from your connection. Try again in an hour.',
    errorPrefix: 'Error:',
    errorSummary: 'Your request was not sent. Please correct:',
    fieldErrors: {
      name: { too_big: `Your name must be at most ${joinLimits.nameMax} characters.`, default: 'Give your name.' },
      email: {
        too_big: `The address must be at most ${joinLimits.emailMax} characters.`,
        default: 'Give a valid email address, such as name@example.org.',
      },
    } as Record<'name' | 'email', Record<string, string>>,
    confirmTitle: 'Confirm your registration',
    confirmIntro: (name: string) =>
      `Hello ${name}, confirm your registration for the gathering below: you will be registered as a guest of its community.`,
    confirmButton: 'Confirm my registration',
    linkExpired: 'This confirmation link has expired. Ask for a new one from the gathering’s registration page.',
  },
} satisfies Record<Lang, unknown>;
