type Language = 'fr' | 'en';

/**
 * What a person reads on the error page of a signed link, in their language. The API's own message stays
 * for programs (JSON); people get words about what they can do next, never an English developer message
 * on a French page.
 */
const MESSAGES: Record<string, Record<Language, string>> = {
  'link-invalid': {
    fr: 'Ce lien n’est pas valide. Utilisez le lien reçu par email, en entier.',
    en: 'This link is not valid. Use the link from your email, in full.',
  },
  'link-wrong-purpose': {
    fr: 'Ce lien sert à autre chose. Utilisez le lien reçu pour cette page.',
    en: 'This link is for something else. Use the link you received for this page.',
  },
  'link-expired': {
    fr: 'Ce lien a expiré. Demandez un nouveau lien à l’équipe qui organise.',
    en: 'This link has expired. Ask the organisers for a new one.',
  },
  'not-scribe': {
    fr: 'Vous n’êtes pas scribe de cet atelier : seules ses notes vous sont ouvertes.',
    en: 'You are not the scribe of this workshop: only its own notes are open to you.',
  },
  NOTES_CLOSED: {
    fr: 'Les notes de cette session ne sont plus ouvertes (échéance passée, notes archivées ou session annulée).',
    en: 'Notes for this session are closed (deadline passed, notes archived or session cancelled).',
  },
  'votes-closed': { fr: 'Les votes sont clos pour cette session.', en: 'Voting is closed for this session.' },
  'not-a-voter': { fr: 'Seules les personnes membres de la communauté peuvent voter.', en: 'Only members of the community can vote.' },
  'member-unknown': {
    fr: 'Nous ne vous trouvons pas parmi les membres de cette communauté.',
    en: 'We cannot find you among the members of this community.',
  },
  'member-inactive': { fr: 'Vous ne faites plus partie de cette communauté.', en: 'You are no longer a member of this community.' },
  'invalid-vote': {
    fr: 'Choisissez un sujet, puis « Voter » ou « Retirer mon vote ».',
    en: 'Choose a topic, then "Vote" or "Withdraw my vote".',
  },
  'invalid-response': { fr: 'Choisissez « Accepter » ou « Décliner ».', en: 'Choose "Accept" or "Decline".' },
  'invalid-contribution': { fr: 'Merci de vérifier les champs du formulaire.', en: 'Please check the fields of the form.' },
  'role-not-offered': { fr: 'Aucun rôle ne vous a été proposé pour cette session.', en: 'No role was offered to you for this session.' },
  'role-already-declined': {
    fr: 'Vous avez déjà décliné ce rôle ; une autre personne a été sollicitée.',
    en: 'You already declined this role; someone else has been asked.',
  },
  'contribution-not-open': {
    fr: 'Vous pourrez décrire votre contribution une fois le rôle accepté.',
    en: 'You can describe your contribution once you have accepted the role.',
  },
  'not-a-contributor': {
    fr: 'Vous n’êtes ni contributeur·rice ni hôte d’un atelier de cette session : cette page ne vous est pas ouverte.',
    en: 'You are neither a contributor nor a workshop host of this session: this page is not open to you.',
  },
  'kind-not-in-format': { fr: 'Choisissez un type proposé par ce format.', en: 'Choose one of the kinds this format offers.' },
  'contribution-closed': {
    fr: 'Cette session est annulée ou terminée : sa contribution ne peut plus changer.',
    en: 'This session is cancelled or over: its contribution can no longer change.',
  },
  'role-not-in-format': {
    fr: 'Ce format ne comporte pas ce rôle : choisissez parmi les rôles qu’il propose.',
    en: 'This format has no such role: choose among the roles it offers.',
  },
  'guide-also-contributor': {
    fr: 'Une même personne ne peut pas être à la fois guide et contributeur·rice : donnez-lui un seul rôle.',
    en: 'One person cannot be both guide and contributor: give them one role.',
  },
  'contributor-named-twice': {
    fr: 'Cette personne est nommée deux fois comme contributeur·rice : nommez chaque personne une seule fois.',
    en: 'This person is named twice as contributor: name each person once.',
  },
  'occurrence-cancelled': { fr: 'Cette session est annulée.', en: 'This session is cancelled.' },
};

const BY_STATUS: Record<number, Record<Language, string>> = {
  404: {
    fr: 'Nous ne trouvons pas ce que ce lien désigne : la session ou le sujet n’existe plus.',
    en: 'We cannot find what this link points to: the session or topic no longer exists.',
  },
};

const FALLBACK: Record<Language, string> = {
  fr: 'Cette action n’a pas pu aboutir. Réessayez plus tard ou écrivez à l’équipe qui organise.',
  en: 'This could not be done. Try again later or write to the organisers.',
};

export function signedPageMessage(code: string, status: number, language: Language): string {
  return (MESSAGES[code] ?? BY_STATUS[status] ?? FALLBACK)[language];
}
