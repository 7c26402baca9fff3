import { topicKindLabelsIn } from '@cercle/contracts';
import { dayLimits } from './day.schemas';

export type DayLang = 'fr' | 'en';
export type DayNotice = 'topic' | 'scribe';

/** Every word of the room's page, French first. */
export const dayText = {
  fr: {
    title: 'Le programme du jour', colon: ' :', programme: 'Programme', scribe: 'Scribe', noScribe: 'pas encore de scribe', by: 'proposé par',
    nothingPlaced: 'Aucun atelier n’est encore placé au programme.', unplaced: 'Retenus, pas encore placés', proposed: 'Sujets proposés', noneProposed: 'Aucun sujet proposé pour l’instant.',
    addTitle: 'Proposer un sujet', addIntro: 'Votre sujet rejoint le tableau : l’équipe qui organise le place dans une salle et un créneau.',
    name: 'Votre nom', nameHint: `Affiché avec le sujet ; ${dayLimits.nameMax} caractères au maximum.`,
    topicTitle: 'Titre du sujet', topicTitleHint: `De ${dayLimits.titleMin} à ${dayLimits.titleMax} caractères.`, kind: 'Type de sujet', description: 'Quelques mots (facultatif)',
    descriptionHint: `${dayLimits.descriptionMax} caractères au maximum.`, addSubmit: 'Ajouter mon sujet',
    scribeTitle: 'Être scribe d’un atelier', scribeIntro: 'Le ou la scribe prend des notes et les partage dans l’espace Mattermost le plus adéquat.',
    workshop: 'Atelier', noWorkshop: 'Tous les ateliers placés ont déjà un·e scribe, ou aucun n’est encore placé.', scribeSubmit: 'Je suis scribe de cet atelier',
    notice: { topic: 'Votre sujet est ajouté. Merci !', scribe: 'C’est noté : vous êtes scribe de cet atelier. Merci !' },
    before: (day: string) => `Cette page s’ouvre le jour de la rencontre, le ${day}.`, after: 'Cette journée est terminée : la page ne prend plus de sujet ni de scribe.',
    cancelled: 'Cette rencontre est annulée.', errorSummary: 'Rien n’a été enregistré. Merci de corriger :', errorPrefix: 'Erreur :', error: 'Erreur',
    fieldErrors: {
      name: 'Indiquez votre nom.', title: `Donnez un titre de ${dayLimits.titleMin} à ${dayLimits.titleMax} caractères.`, kind: 'Choisissez un type dans la liste.',
      description: `${dayLimits.descriptionMax} caractères au maximum.`, topicId: 'Choisissez un atelier dans la liste.',
    },
    refusals: {
      'scribe-taken': 'Cet atelier a déjà un·e scribe : choisissez-en un autre.', 'day-not-started': 'Cette page s’ouvre le jour de la rencontre.', 'day-over': 'Cette journée est terminée.',
      'day-topics-full': 'Le tableau est plein : demandez à l’équipe qui organise.', 'workshop-unknown': 'Cet atelier n’est pas (ou plus) au programme.',
      'topic-kind-required': 'Choisissez le type du sujet.', 'topic-kind-not-offered': 'Ce type de sujet n’est pas proposé ici.', 'occurrence-cancelled': 'Cette rencontre est annulée.',
    } as Record<string, string>,
    kinds: topicKindLabelsIn('fr'),
  },
  en: {
    title: 'Today’s programme', colon: ':', programme: 'Programme', scribe: 'Scribe', noScribe: 'no scribe yet', by: 'proposed by',
    nothingPlaced: 'No workshop is on the programme yet.', unplaced: 'Selected, not placed yet', proposed: 'Proposed topics', noneProposed: 'No topic proposed yet.',
    addTitle: 'Propose a topic', addIntro: 'Your topic joins the board: the organisers place it in a room and a time slot.',
    name: 'Your name', nameHint: `Shown with the topic; at most ${dayLimits.nameMax} characters.`,
    topicTitle: 'Topic title', topicTitleHint: `${dayLimits.titleMin} to ${dayLimits.titleMax} characters.`, kind: 'Kind of topic', description: 'A few words (optional)',
    descriptionHint: `At most ${dayLimits.descriptionMax} characters.`, addSubmit: 'Add my topic',
    scribeTitle: 'Be a workshop’s scribe', scribeIntro: 'The scribe takes notes and shares them in the most suitable Mattermost space.',
    workshop: 'Workshop', noWorkshop: 'Every placed workshop already has a scribe, or none is placed yet.', scribeSubmit: 'I will be this workshop’s scribe',
    notice: { topic: 'Your topic is added. Thank you!', scribe: 'Noted: you are this workshop’s scribe. Thank you!' },
    before: (day: string) => `This page opens on the day of the gathering, ${day}.`, after: 'This day is over: the page takes no more topics or scribes.',
    cancelled: 'This gathering is cancelled.', errorSummary: 'Nothing was saved. Please correct:', errorPrefix: 'Error:', error: 'Error',
    fieldErrors: {
      name: 'Give your name.', title: `Give a title of ${dayLimits.titleMin} to ${dayLimits.titleMax} characters.`, kind: 'Choose a kind from the list.',
      description: `At most ${dayLimits.descriptionMax} characters.`, topicId: 'Choose a workshop from the list.',
    },
    refusals: {
      'scribe-taken': 'This workshop already has a scribe: choose another one.', 'day-not-started': 'This page opens on the day of the gathering.', 'day-over': 'This day is over.',
      'day-topics-full': 'The board is full: ask the organisers.', 'workshop-unknown': 'This workshop is not (or no longer) on the programme.',
      'topic-kind-required': 'Choose the kind of topic.', 'topic-kind-not-offered': 'This kind of topic is not offered here.', 'occurrence-cancelled': 'This gathering is cancelled.',
    } as Record<string, string>,
    kinds: topicKindLabelsIn('en'),
  },
};

export const dayLanguage = (requested: unknown, fallback: DayLang): DayLang => (requested === 'en' || requested === 'fr' ? requested : fallback);
