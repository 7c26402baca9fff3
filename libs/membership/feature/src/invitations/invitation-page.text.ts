import type { Lang } from '../registrations/registration-page.text';

/** Every word of the invitation pages, in French (default) and English. */
export const invitationText = {
  fr: {
    title: (community: string) => `Co-organiser ${community}`,
    invites: (inviter: string, community: string) => `${inviter} vous invite à co-organiser ${community} sur Cercle.`,
    sentTo: 'Invitation envoyée à',
    expires: 'Valable jusqu’au',
    existing: (name: string) =>
      `Cette adresse est déjà celle d’un compte organisateur (${name}) : en acceptant, vous co-organisez cette communauté avec vos jetons d’API actuels ; aucun nouveau jeton n’est créé.`,
    name: 'Votre nom',
    nameHint: 'Tel que les autres organisateurs le verront.',
    accept: 'Accepter l’invitation',
    done: (community: string) => `C’est fait : vous co-organisez ${community}.`,
    tokenIntro: 'Votre jeton d’API, affiché une seule fois : copiez-le maintenant et gardez-le secret.',
    tokenUse: 'Envoyez-le dans l’en-tête de chaque requête à l’API, par exemple :',
    useExisting: 'Utilisez votre jeton d’API habituel : aucun nouveau jeton n’a été créé.',
    problem: 'Impossible d’accepter cette invitation',
    errors: {
      'invitation-accepted':
        'Cette invitation a déjà été acceptée : elle ne sert qu’une fois. Utilisez le jeton d’API reçu à ce moment-là.',
      'invitation-expired': 'Cette invitation a expiré. Demandez à la personne qui vous a invité·e de vous en envoyer une nouvelle.',
      'link-expired': 'Ce lien a expiré. Demandez à la personne qui vous a invité·e de vous en envoyer un nouveau.',
      'link-invalid': 'Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier.',
      'link-wrong-purpose': 'Ce lien ne sert pas à accepter une invitation.',
      'invitation-not-found': 'Cette invitation n’existe pas (ou plus).',
      'community-not-found': 'Cette communauté n’existe plus.',
      default: 'Une erreur est survenue.',
    } as Record<string, string>,
  },
  en: {
    title: (community: string) => `Co-organise ${community}`,
    invites: (inviter: string, community: string) => `${inviter} invites you to co-organise ${community} on Cercle.`,
    sentTo: 'Invitation sent to',
    expires: 'Valid until',
    existing: (name: string) =>
      `This address already belongs to an organiser account (${name}): by accepting, you co-organise this community with your current API tokens; no new token is created.`,
    name: 'Your name',
    nameHint: 'As the other organisers will see it.',
    accept: 'Accept the invitation',
    done: (community: string) => `Done: you now co-organise ${community}.`,
    tokenIntro: 'Your API token, shown only once: copy it now and keep it secret.',
    tokenUse: 'Send it in the header of every API request, for example:',
    useExisting: 'Use your usual API token: no new token was created.',
    problem: 'This invitation cannot be accepted',
    errors: {
      'invitation-accepted': 'This invitation has already been accepted: it works once. Use the API token you received then.',
      'invitation-expired': 'This invitation has expired. Ask the person who invited you to send a new one.',
      'link-expired': 'This link has expired. Ask the person who invited you to send a new one.',
      'link-invalid': 'This link is not valid. Check that it was copied in full.',
      'link-wrong-purpose': 'This link is not an invitation link.',
      'invitation-not-found': 'This invitation does not exist (any more).',
      'community-not-found': 'This community no longer exists.',
      default: 'Something went wrong.',
    } as Record<string, string>,
  },
} satisfies Record<Lang, unknown>;
