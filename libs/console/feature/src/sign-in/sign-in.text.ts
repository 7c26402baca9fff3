import type { Lang } from '../shell/page-context';

export const signInText: Record<Lang, Record<string, string>> = {
  fr: {
    title: 'Se connecter',
    intro:
      'Indiquez l’adresse e-mail de votre compte d’organisateur ou d’organisatrice : nous vous envoyons un lien de connexion, valable 15 minutes et une seule fois.',
    email: 'Adresse e-mail',
    emailHint: 'Format attendu : nom@domaine.fr',
    emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@domaine.fr.',
    send: 'Recevoir un lien de connexion',
    sentTitle: 'Vérifiez votre boîte de réception',
    sent: 'Si cette adresse est celle d’un compte d’organisateur ou d’organisatrice, un lien de connexion vient d’y être envoyé. Il est valable 15 minutes.',
    linkTitle: 'Connexion à la console',
    linkIntro: 'Ce lien vous connecte à la console de Cercle. Il ne sert qu’une fois.',
    signIn: 'Me connecter',
    linkRefused: 'Ce lien de connexion a expiré ou a déjà servi. Demandez-en un nouveau ci-dessous.',
    signedOut: 'Vous êtes déconnecté·e.',
    tooMany: 'Trop de demandes de lien depuis cette adresse : réessayez dans quelques minutes.',
    oidc: 'Se connecter avec ProConnect',
  },
  en: {
    title: 'Sign in',
    intro: 'Give the email address of your organiser account: we send you a sign-in link, valid for 15 minutes and once only.',
    email: 'Email address',
    emailHint: 'Expected format: name@domain.org',
    emailInvalid: 'Enter a valid email address, for example name@domain.org.',
    send: 'Send me a sign-in link',
    sentTitle: 'Check your inbox',
    sent: 'If this address belongs to an organiser account, a sign-in link was just sent to it. It is valid for 15 minutes.',
    linkTitle: 'Sign in to the console',
    linkIntro: 'This link signs you in to the Cercle console. It works once.',
    signIn: 'Sign me in',
    linkRefused: 'This sign-in link has expired or was already used. Ask for a new one below.',
    signedOut: 'You are signed out.',
    tooMany: 'Too many link requests from this address: try again in a few minutes.',
    oidc: 'Sign in with ProConnect',
  },
};
