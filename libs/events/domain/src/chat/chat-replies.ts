import { formatWhen, neutraliseMentions, type Language } from '@cercle/words';
import type { PrepItem } from '../roles/readiness';

/**
 * Everything `/cercle` and the buttons answer, in the person's language. Whatever a person typed (titles,
 * places, themes, names) goes through `neutraliseMentions`, so an answer never pings anyone. Answers speak
 * of the person asking only: never of someone else's answer or role.
 */
export type Answer = 'yes' | 'maybe' | 'no';
export type PlaceStatus = 'confirmed' | 'waitlisted' | 'declined';
export type ChatRole = 'guide' | 'contributor' | 'workshopHost' | 'participant';

export interface StatusView {
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string | null;
  theme: string | null;
  agenda: Array<{ localStart: string; localEnd: string; title: string }>;
  answer: { answer: Answer; status: PlaceStatus } | null;
  role: ChatRole;
  registrationOpen: boolean;
}

const safe = (text: string) => neutraliseMentions(text);

const fr = {
  when: (v: StatusView) => `**${safe(v.title)}** — ${formatWhen(v.startsAt, v.endsAt, v.timeZone, 'fr')}`,
  place: 'Lieu',
  theme: 'Thème',
  agenda: 'Programme',
  yourAnswer: 'Votre réponse',
  yourRole: 'Votre rôle',
  answers: { yes: 'vous venez', maybe: 'peut-être', no: 'vous ne venez pas' } as Record<Answer, string>,
  waitlisted: 'vous venez (liste d’attente)',
  noAnswer: 'pas encore de réponse (`/cercle oui`, `/cercle peut-être` ou `/cercle non`)',
  closed: 'les inscriptions ne sont pas ouvertes',
  roles: {
    guide: 'guide',
    contributor: 'contributeur ou contributrice',
    workshopHost: 'animation d’un atelier',
    participant: 'participant ou participante',
  },
  recorded: { yes: 'C’est noté : vous venez.', maybe: 'C’est noté : peut-être.', no: 'C’est noté : vous ne venez pas.' } as Record<
    Answer,
    string
  >,
  placeConfirmed: 'Votre place est réservée.',
  placeWaitlisted: (position: number | null) =>
    `La séance est complète\u00a0: vous êtes sur la liste d’attente${position ? ` (position ${position})` : ''}. Nous vous prévenons par courriel si une place se libère.`,
  coveredBefore: (day: string, what: string, link: string) =>
    `Un sujet proche a déjà été abordé le ${day} (« ${safe(what)} ») ; ses notes\u00a0: ${link}`,
  proposed: (t: string) => `Sujet proposé : « ${safe(t)} ». Les membres peuvent voter avec \`/cercle votes\`.`,
  ready: 'Merci ! Votre contribution est notée comme prête ; le guide le voit.',
  notReady: (missing: PrepItem[], link: string) =>
    `Votre contribution n’est pas encore prête\u00a0: il manque ${missing.map((item) => (item === 'title' ? 'le titre' : 'le lien vers vos supports')).join(' et ')}. ` +
    `Complétez votre contribution ici, puis retapez \`/cercle prêt\`\u00a0: ${link}`,
  notContributor:
    'Vous n’avez pas de contribution à préparer pour cette séance (seuls les contributeurs et les animateurs d’atelier confirment).',
  voted: (t: string) => `Vote enregistré pour « ${safe(t)} ».`,
  ballotEmpty: 'Aucun sujet proposé pour l’instant. Proposez-en un avec `/cercle sujet <titre>`.',
  ballotTitle: 'Sujets proposés — votez pour ceux qui vous intéressent :',
  votes: (n: number) => (n <= 1 ? `${n} vote` : `${n} votes`),
  mine: 'votre vote',
  voteButton: 'Voter',
  votesClosed: 'Les votes sont clos pour cette séance.',
  noOccurrence: 'Aucune séance à venir pour cette communauté.',
  registrationClosed: 'Les inscriptions ne sont pas ouvertes pour cette séance.',
  cancelled: 'Cette séance est annulée.',
  refused: 'Ce n’est pas possible pour cette séance en ce moment.',
  wrongChannel: 'Ce bouton vient d’un autre canal que celui de la communauté de cette séance.',
  unknownPerson: 'Je ne vous trouve pas parmi les membres de cette communauté (ni par votre nom Mattermost, ni par votre adresse).',
  joinHint: (url: string) => `Vous pouvez vous inscrire ici : ${url}`,
  askOrganisers: 'Demandez aux organisateurs de vous ajouter.',
  notLinked: 'Ce canal n’est relié à aucune communauté Cercle.',
  unavailable: 'Je ne peux pas répondre pour l’instant (Mattermost ne répond pas). Rien n’a été enregistré ; réessayez dans un moment.',
  missingTitle: 'Donnez un titre : `/cercle sujet <titre>`.',
  titleTooLong: (length: number, max: number) =>
    `Ce titre est trop long (${length} caractères, ${max} au plus). Rien n’a été enregistré ; raccourcissez-le et retapez la commande.`,
  unknown: (w: string) => `Je ne connais pas « ${safe(w)} ». \`/cercle aide\` liste ce que je sais faire.`,
  help: [
    '`/cercle` — la prochaine séance : date, lieu, programme, votre réponse et votre rôle',
    '`/cercle oui` · `/cercle peut-être` · `/cercle non` — s’inscrire',
    '`/cercle sujet <titre>` — proposer un sujet',
    '`/cercle votes` — voter pour les sujets proposés',
    '`/cercle prêt` — confirmer que votre contribution est prête',
    '`/cercle aide` — cette aide',
    'Les réponses ne sont visibles que par vous.',
  ].join('\n'),
};

type Words = typeof fr;

const en: Words = {
  when: (v) => `**${safe(v.title)}** — ${formatWhen(v.startsAt, v.endsAt, v.timeZone, 'en')}`,
  place: 'Place',
  theme: 'Theme',
  agenda: 'Agenda',
  yourAnswer: 'Your answer',
  yourRole: 'Your role',
  answers: { yes: 'you are coming', maybe: 'maybe', no: 'you are not coming' },
  waitlisted: 'you are coming (waiting list)',
  noAnswer: 'no answer yet (`/cercle yes`, `/cercle maybe` or `/cercle no`)',
  closed: 'registration is not open',
  roles: { guide: 'guide', contributor: 'contributor', workshopHost: 'workshop host', participant: 'participant' },
  recorded: { yes: 'Noted: you are coming.', maybe: 'Noted: maybe.', no: 'Noted: you are not coming.' },
  placeConfirmed: 'Your place is booked.',
  placeWaitlisted: (position) =>
    `The session is full: you are on the waiting list${position ? ` (position ${position})` : ''}. We will email you if a place frees up.`,
  coveredBefore: (day, what, link) => `A close topic was already covered on ${day} (“${safe(what)}”); its notes: ${link}`,
  proposed: (t) => `Topic proposed: “${safe(t)}”. Members can vote with \`/cercle votes\`.`,
  ready: 'Thank you! Your contribution is marked ready; the guide can see it.',
  notReady: (missing, link) =>
    `Your contribution is not ready yet: ${missing.map((item) => (item === 'title' ? 'the title' : 'the link to your materials')).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing. ` +
    `Complete your contribution here, then type \`/cercle ready\` again: ${link}`,
  notContributor: 'You have no contribution to prepare for this session (only contributors and workshop hosts confirm).',
  voted: (t) => `Vote recorded for “${safe(t)}”.`,
  ballotEmpty: 'No topic proposed yet. Propose one with `/cercle topic <title>`.',
  ballotTitle: 'Proposed topics — vote for those you are interested in:',
  votes: (n) => (n === 1 ? '1 vote' : `${n} votes`),
  mine: 'your vote',
  voteButton: 'Vote',
  votesClosed: 'Voting is closed for this session.',
  noOccurrence: 'No coming session for this community.',
  registrationClosed: 'Registration is not open for this session.',
  cancelled: 'This session is cancelled.',
  refused: 'This is not possible for this session at the moment.',
  wrongChannel: 'This button comes from another channel than the community of this session.',
  unknownPerson: 'I cannot find you among the members of this community (neither by your Mattermost username nor by your address).',
  joinHint: (url) => `You can register here: ${url}`,
  askOrganisers: 'Ask the organisers to add you.',
  notLinked: 'This channel is not linked to a Cercle community.',
  unavailable: 'I cannot answer right now (Mattermost is not answering). Nothing was recorded; please try again in a moment.',
  missingTitle: 'Give a title: `/cercle topic <title>`.',
  titleTooLong: (length, max) =>
    `This title is too long (${length} characters, ${max} at most). Nothing was recorded; shorten it and type the command again.`,
  unknown: (w) => `I do not know “${safe(w)}”. \`/cercle help\` lists what I can do.`,
  help: [
    '`/cercle` — the next session: date, place, agenda, your answer and your role',
    '`/cercle yes` · `/cercle maybe` · `/cercle no` — register',
    '`/cercle topic <title>` — propose a topic',
    '`/cercle votes` — vote for the proposed topics',
    '`/cercle ready` — confirm that your contribution is ready',
    '`/cercle help` — this help',
    'Answers are visible to you only.',
  ].join('\n'),
};

export function chatWords(language: Language): Words {
  return language === 'en' ? en : fr;
}

export function statusReply(view: StatusView, language: Language): string {
  const w = chatWords(language);
  const lines = [w.when(view)];
  // French puts a (non-breaking) space before a colon, English none.
  const label = (name: string) => `${name}${language === 'fr' ? '\u00a0:' : ':'}`;
  if (view.location) lines.push(`${label(w.place)} ${safe(view.location)}`);
  if (view.theme) lines.push(`${label(w.theme)} ${safe(view.theme)}`);
  if (view.agenda.length) {
    lines.push(label(w.agenda));
    for (const item of view.agenda) lines.push(`- ${item.localStart}–${item.localEnd} ${safe(item.title)}`);
  }
  const answer = !view.answer
    ? view.registrationOpen
      ? w.noAnswer
      : w.closed
    : view.answer.status === 'waitlisted'
      ? w.waitlisted
      : w.answers[view.answer.answer];
  lines.push(`${label(w.yourAnswer)} ${answer}`);
  lines.push(`${label(w.yourRole)} ${w.roles[view.role]}`);
  return lines.join('\n');
}

export interface BallotTopic {
  id: string;
  title: string;
  votes: number;
  votedByMe: boolean;
}

/** One line per topic; the buttons (one per topic, same order) are the caller's, signed. */
export function ballotLines(topics: BallotTopic[], language: Language): string[] {
  const w = chatWords(language);
  return topics.map((t, i) => `${i + 1}. ${safe(t.title)} — ${w.votes(t.votes)}${t.votedByMe ? ` (${w.mine})` : ''}`);
}

/** What someone Cercle does not know reads: the public registration page when the occurrence takes guests. */
export function unknownPersonReply(joinUrl: string | null, language: Language): string {
  const w = chatWords(language);
  return `${w.unknownPerson} ${joinUrl ? w.joinHint(joinUrl) : w.askOrganisers}`;
}
