import type { Lang } from '../shell/page-context';

/**
 * The services answer in English (their messages are for developers and logs); the console shows its own
 * sentence for the refusals it knows, by the stable `code`, and the service's words otherwise.
 */
const BY_CODE: Record<string, Record<Lang, string>> = {
  LOCAL_TIME_NONEXISTENT: {
    fr: 'Cette heure n’existe pas ce jour-là (passage à l’heure d’été) : choisissez une autre heure.',
    en: 'This time does not exist on that day (the clocks go forward): choose another time.',
  },
  LOCAL_TIME_AMBIGUOUS: {
    fr: 'Cette heure existe deux fois ce jour-là (passage à l’heure d’hiver) : choisissez une autre heure.',
    en: 'This time happens twice on that day (the clocks go back): choose another time.',
  },
  LOCAL_TIME_WRONG_OFFSET: {
    fr: 'Le décalage horaire indiqué ne correspond pas au fuseau de la série ce jour-là.',
    en: 'The given UTC offset does not match the series’ time zone on that day.',
  },
  DURATION_SHORTER_THAN_AGENDA: {
    fr: 'La durée est plus courte que l’ordre du jour du format : allongez-la ou choisissez un autre format.',
    en: 'The duration is shorter than the format’s agenda: lengthen it or choose another format.',
  },
  'recurrence-exhausted': {
    fr: 'Cette récurrence n’a plus aucune date à venir : rien à planifier.',
    en: 'This recurrence has no date after now: nothing to plan.',
  },
  UNKNOWN_FORMAT: { fr: 'Ce format n’existe pas.', en: 'This format does not exist.' },
  INVALID_RECURRENCE: { fr: 'Cette règle de récurrence n’est pas valide.', en: 'This recurrence rule is not valid.' },
  INVALID_TIME_ZONE: { fr: 'Ce fuseau horaire n’existe pas.', en: 'This time zone does not exist.' },
  PLACEMENT_CONFLICT: { fr: 'Cette salle est déjà prise sur ce créneau.', en: 'This room is already taken at that time.' },
  INVALID_PLACEMENT: {
    fr: 'Ce créneau n’est pas valide : le début doit précéder la fin, pendant la séance.',
    en: 'This slot is not valid: the start must come before the end, during the session.',
  },
  STEP_OUT_OF_ORDER: {
    fr: 'Les étapes s’exécutent dans l’ordre : une étape précédente n’a pas encore été faite.',
    en: 'Steps run in order: an earlier step has not run yet.',
  },
  NOTES_CLOSED: { fr: 'Les notes de cette séance sont closes.', en: 'This session’s notes are closed.' },
  'nothing-pending': {
    fr: 'Toutes les étapes de cette séance ont déjà été exécutées.',
    en: 'Every step of this session has already run.',
  },
  'occurrence-cancelled': { fr: 'Cette séance est annulée.', en: 'This session is cancelled.' },
  'start-not-in-future': { fr: 'La nouvelle date doit être dans le futur.', en: 'The new start must be in the future.' },
  'occurrence-overlap': {
    fr: 'Une autre séance de cette série a lieu à ce moment-là : déplacez-la ou annulez-la d’abord.',
    en: 'Another session of this series takes place then: move or cancel it first.',
  },
  'guide-also-contributor': {
    fr: 'La personne qui guide ne peut pas être aussi contributrice.',
    en: 'The guide cannot also be a contributor.',
  },
  'contributor-named-twice': { fr: 'Une même personne est choisie deux fois.', en: 'The same person is chosen twice.' },
  'role-not-in-format': { fr: 'Le format de cette séance n’a pas ce rôle.', en: 'This session’s format has no such role.' },
  'not-community-members': {
    fr: 'Certaines personnes choisies ne sont pas membres actifs de la communauté.',
    en: 'Some of the people chosen are not active members of the community.',
  },
  'member-inactive': { fr: 'Ce membre n’est plus actif dans la communauté.', en: 'This member is no longer active in the community.' },
  'member-unknown': {
    fr: 'Ce membre n’est pas connu dans cette communauté (ou vient d’être ajouté : réessayez dans un instant).',
    en: 'This member is not known in this community (or was just added: try again in a moment).',
  },
  'member-erased': { fr: 'Ce membre a été effacé : plus rien ne peut changer à son sujet.', en: 'This member was erased.' },
  'not-a-voter': {
    fr: 'Seuls les membres actifs de la communauté peuvent voter.',
    en: 'Only active members of the community can vote.',
  },
  'topic-not-found': { fr: 'Ce sujet n’existe pas.', en: 'This topic does not exist.' },
  'registration-closed': { fr: 'Les inscriptions à cette séance sont closes.', en: 'Registration for this session is closed.' },
  'owner-only': {
    fr: 'Seule une personne propriétaire de la communauté peut faire cela.',
    en: 'Only an owner of the community can do this.',
  },
  'mattermost-not-configured': {
    fr: 'Mattermost n’est pas configuré sur cette installation.',
    en: 'Mattermost is not configured on this installation.',
  },
  'mattermost-unavailable': { fr: 'Mattermost ne répond pas pour l’instant.', en: 'Mattermost is not answering right now.' },
};

/** The valid local times nearest to a refused one, as events gives them in `details` for a clock change. */
interface LocalTimeDetails {
  nearest?: Array<{ localDateTime: string; offset: string }>;
}

const NEAREST = { fr: ['Heures valides les plus proches :', 'ou'], en: ['Nearest valid times:', 'or'] };

function nearestTimes(details: unknown, lang: Lang): string {
  const nearest = (details as LocalTimeDetails | undefined)?.nearest;
  if (!Array.isArray(nearest) || !nearest.length) return '';
  const [intro, or] = NEAREST[lang];
  const times = nearest.map((n) => `${n.localDateTime.replace('T', ' ')} (UTC${n.offset})`);
  return ` ${intro} ${times.join(` ${or} `)}.`;
}

/** A service's refusal in the page's language: the console's sentence for a known code, else the service's message. */
export function serviceErrorText(error: { code?: string; message?: string; details?: unknown }, lang: Lang): string {
  const known = error.code ? BY_CODE[error.code] : undefined;
  if (!known) return error.message ?? error.code ?? 'error';
  return error.code?.startsWith('LOCAL_TIME_') ? `${known[lang]}${nearestTimes(error.details, lang)}` : known[lang];
}

// zod's own messages (the services' validation), which the French console rewords; a message a service
// wrote itself ("a Mattermost channel id (letters and digits)") matches none and is shown as it is.
const ZOD_FR: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/received undefined$/, () => 'Ce champ est obligatoire.'],
  [/^Too small: expected string to have >=?(\d+) character/, (m) => `Saisissez au moins ${m[1]} caractère${Number(m[1]) > 1 ? 's' : ''}.`],
  [/^Too big: expected string to have <=?(\d+) character/, (m) => `Saisissez au plus ${m[1]} caractère${Number(m[1]) > 1 ? 's' : ''}.`],
  [/^Too small: expected number to be >=?(\S+)/, (m) => `Saisissez un nombre d’au moins ${m[1]}.`],
  [/^Too big: expected number to be <=?(\S+)/, (m) => `Saisissez un nombre d’au plus ${m[1]}.`],
  [/^Too (small|big): expected array/, () => 'Le nombre d’éléments choisis n’est pas accepté.'],
  [/^Invalid email/, () => 'Saisissez une adresse e-mail valide (nom@exemple.fr).'],
  [/^Invalid UUID/, () => 'Cet identifiant n’est pas valide.'],
  [/^Invalid option/, () => 'Ce choix n’est pas proposé.'],
  [/^Invalid input: expected number/, () => 'Saisissez un nombre.'],
  [/^Invalid input: expected/, () => 'Cette valeur n’est pas du type attendu.'],
  [/^Invalid string: must match pattern/, () => 'Cette valeur n’a pas le format attendu.'],
];

/** One refused field's message in the page's language (see ZOD_FR). */
export function issueText(issue: { message: string }, lang: Lang): string {
  if (lang === 'en') return issue.message;
  for (const [pattern, sentence] of ZOD_FR) {
    const match = pattern.exec(issue.message);
    if (match) return sentence(match);
  }
  return issue.message;
}

// Mattermost's own sentences for the refusals a channel check meets (its AppError messages, in English).
const MATTERMOST: Record<string, Record<Lang, string>> = {
  'You do not have the appropriate permissions.': {
    fr: 'le robot n’a pas le droit d’écrire dans ce canal (il n’en est sans doute pas membre).',
    en: 'the bot may not write in this channel (it is probably not a member).',
  },
  'Unable to find the existing channel.': { fr: 'ce canal n’existe pas.', en: 'this channel does not exist.' },
  'Invalid or expired session, please login again.': {
    fr: 'le jeton du robot est refusé (à vérifier par la personne qui administre Cercle).',
    en: 'the bot’s token is refused (for whoever runs Cercle to check).',
  },
};

/** What Mattermost answered to a channel check, in the page's language when it is one of its known sentences. */
export function mattermostAnswerText(answer: string, lang: Lang): string {
  return MATTERMOST[answer.trim()]?.[lang] ?? answer;
}
