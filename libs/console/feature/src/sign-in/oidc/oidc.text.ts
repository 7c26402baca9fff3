import type { Lang } from '../../shell/page-context';
import type { OidcRefusal } from './verified-email';

/** The refusal page's title and sentence per reason; `{provider}` and `{email}` are filled in. */
export const oidcText: Record<Lang, Record<OidcRefusal, [string, string]> & { again: string; signInWith: string }> = {
  fr: {
    denied: [
      'Connexion annulée',
      'La connexion avec {provider} a été annulée. Vous pouvez recommencer, ou recevoir un lien de connexion par e-mail.',
    ],
    expired: [
      'Connexion expirée',
      'Cette réponse de {provider} ne correspond à aucune connexion en cours dans ce navigateur, ou elle arrive après 10 minutes. Recommencez depuis la page de connexion.',
    ],
    unverified: [
      'Adresse e-mail non vérifiée',
      '{provider} n’a pas confirmé d’adresse e-mail vérifiée pour votre compte : la console ne peut pas vous connecter ainsi. Recevez plutôt un lien de connexion par e-mail.',
    ],
    unknown: [
      'Aucun compte d’organisateur pour cette adresse',
      'Aucun compte d’organisateur ou d’organisatrice n’utilise l’adresse {email}, que {provider} a vérifiée. Demandez à une personne qui organise déjà une communauté de vous inviter, ou, pour une nouvelle installation, créez le premier compte avec le jeton d’administration.',
    ],
    provider: [
      'Connexion refusée',
      'La réponse de {provider} n’a pas pu être validée. Recommencez ; si cela persiste, recevez un lien de connexion par e-mail et prévenez la personne qui administre Cercle.',
    ],
    unavailable: [
      'Service de connexion indisponible',
      '{provider} ne répond pas pour l’instant. Réessayez dans un moment, ou recevez un lien de connexion par e-mail.',
    ],
    again: 'Revenir à la page de connexion',
    signInWith: 'S’identifier avec',
  },
  en: {
    denied: ['Sign-in cancelled', 'Signing in with {provider} was cancelled. You can try again, or get a sign-in link by email.'],
    expired: [
      'Sign-in expired',
      'This answer from {provider} matches no sign-in started in this browser, or it came after 10 minutes. Start again from the sign-in page.',
    ],
    unverified: [
      'Email address not verified',
      '{provider} did not confirm a verified email address for your account: the console cannot sign you in this way. Get a sign-in link by email instead.',
    ],
    unknown: [
      'No organiser account for this address',
      'No organiser account uses the address {email}, which {provider} verified. Ask someone who already organises a community to invite you or, on a new installation, create the first account with the admin token.',
    ],
    provider: [
      'Sign-in refused',
      'The answer from {provider} could not be validated. Try again; if it persists, get a sign-in link by email and tell whoever runs Cercle.',
    ],
    unavailable: [
      'Sign-in service unavailable',
      '{provider} is not answering right now. Try again in a moment, or get a sign-in link by email.',
    ],
    again: 'Back to the sign-in page',
    signInWith: 'Sign in with',
  },
};
