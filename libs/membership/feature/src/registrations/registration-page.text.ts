import { topicKindLabelsIn } from '@cercle/contracts';
import { topicLimits } from './registration.schemas';

export type Lang = 'fr' | 'en';

/** Every word of the registration page, in French (default) and English. */
export const pageText = {
  fr: {
    attendanceRules: 'Présence', principles: 'Comment ça se passe',
    title: 'Inscription', hello: 'Bonjour', when: 'Quand', where: 'Où', theme: 'Thème', agenda: 'Programme',
    question: 'Serez-vous là ?', yes: 'Oui', no: 'Non', maybe: 'Peut-être',
    maybeHint: '« Peut-être » ne réserve pas de place : répondez « Oui » quand vous serez sûr·e.',
    topic: 'Proposer un sujet (facultatif)', topicTitle: 'Titre du sujet', topicKind: 'Type de sujet', topicDescription: 'Quelques mots sur le sujet',
    topicTitleHint: `Obligatoire si vous choisissez un type ; ${topicLimits.titleMax} caractères au maximum.`,
    topicDescriptionHint: `${topicLimits.descriptionMax} caractères au maximum.`,
    kinds: topicKindLabelsIn('fr'),
    noKind: '— Aucun —', submit: 'Envoyer ma réponse', saved: 'Votre réponse est enregistrée.',
    current: 'Votre réponse actuelle :', noAnswer: "Vous n'avez pas encore répondu.",
    confirmed: 'Votre place est confirmée.', waitlisted: (n: number) => `Vous êtes sur la liste d'attente, en position ${n}. Vous serez prévenu·e si une place se libère.`,
    declined: 'Vous ne réservez pas de place.',
    change: 'Vous pouvez changer votre réponse à tout moment avec ce même lien, tant que les inscriptions sont ouvertes.',
    closed: 'Les inscriptions sont closes : il n’est plus possible de répondre ni de changer sa réponse.',
    cancelled: 'Cette rencontre est annulée.', cancelledBecause: 'Motif :',
    cancelledNoAnswer: 'Elle n’accepte plus de réponse.',
    errorPrefix: 'Erreur :', errorSummary: 'Votre réponse n’a pas été enregistrée. Merci de corriger :',
    fieldErrors: {
      answer: { default: 'Choisissez Oui, Non ou Peut-être.' },
      topicTitle: {
        custom: 'Donnez un titre au sujet (obligatoire quand un type est choisi).',
        too_big: `Le titre doit faire ${topicLimits.titleMax} caractères au maximum.`,
        too_small: `Le titre doit faire au moins ${topicLimits.titleMin} caractères.`,
        default: 'Titre invalide.',
      },
      topicKind: { custom: 'Choisissez le type du sujet.', not_offered: 'Ce type de sujet n’est pas proposé pour cette rencontre : choisissez-en un dans la liste.', default: 'Choisissez un type dans la liste.' },
      topicDescription: { too_big: `La description doit faire ${topicLimits.descriptionMax} caractères au maximum.`, default: 'Description invalide.' },
    },
    errors: {
      'registration-closed': 'Les inscriptions sont closes : votre réponse n’a pas été enregistrée.',
      'occurrence-cancelled': 'Cette rencontre est annulée : votre réponse n’a pas été enregistrée.',
      'not-in-community': 'Cette rencontre est réservée aux membres de sa communauté : ce lien ne vous permet pas de vous y inscrire.',
      'link-expired': 'Ce lien a expiré. Utilisez le lien du message le plus récent.',
      'link-invalid': 'Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier.',
      'link-wrong-purpose': 'Ce lien ne sert pas à s’inscrire.',
      'member-not-found': 'Ce lien ne correspond à aucun membre actif.',
      'occurrence-not-found': 'Cette rencontre n’existe pas (ou plus).',
      default: 'Une erreur est survenue.',
    } as Record<string, string>,
    problem: 'Impossible d’afficher cette page',
  },
  en: {
    attendanceRules: 'Attendance', principles: 'How it works',
    title: 'Registration', hello: 'Hello', when: 'When', where: 'Where', theme: 'Theme', agenda: 'Agenda',
    question: 'Will you come?', yes: 'Yes', no: 'No', maybe: 'Maybe',
    maybeHint: '“Maybe” does not hold a place: answer “Yes” once you are sure.',
    topic: 'Propose a topic (optional)', topicTitle: 'Topic title', topicKind: 'Kind of topic', topicDescription: 'A few words about the topic',
    topicTitleHint: `Required when you choose a kind; at most ${topicLimits.titleMax} characters.`,
    topicDescriptionHint: `At most ${topicLimits.descriptionMax} characters.`,
    kinds: topicKindLabelsIn('en'),
    noKind: '— None —', submit: 'Send my answer', saved: 'Your answer is saved.',
    current: 'Your current answer:', noAnswer: 'You have not answered yet.',
    confirmed: 'Your place is confirmed.', waitlisted: (n: number) => `You are on the waiting list, in position ${n}. You will be told if a place frees up.`,
    declined: 'You hold no place.',
    change: 'You can change your answer at any time with this same link while registration is open.',
    closed: 'Registration is closed: answers can no longer be given or changed.',
    cancelled: 'This gathering is cancelled.', cancelledBecause: 'Reason:',
    cancelledNoAnswer: 'It takes no more answers.',
    errorPrefix: 'Error:', errorSummary: 'Your answer was not saved. Please correct:',
    fieldErrors: {
      answer: { default: 'Choose Yes, No or Maybe.' },
      topicTitle: {
        custom: 'Give the topic a title (required when a kind is chosen).',
        too_big: `The title must be at most ${topicLimits.titleMax} characters.`,
        too_small: `The title must be at least ${topicLimits.titleMin} characters.`,
        default: 'Invalid title.',
      },
      topicKind: { custom: 'Choose the kind of topic.', not_offered: 'This kind of topic is not offered for this gathering: choose one from the list.', default: 'Choose a kind from the list.' },
      topicDescription: { too_big: `The description must be at most ${topicLimits.descriptionMax} characters.`, default: 'Invalid description.' },
    },
    errors: {
      'registration-closed': 'Registration is closed: your answer was not saved.',
      'occurrence-cancelled': 'This gathering is cancelled: your answer was not saved.',
      'not-in-community': 'This gathering is open to the members of its own community: this link does not let you register.',
      'link-expired': 'This link has expired. Use the link in the most recent message.',
      'link-invalid': 'This link is not valid. Check that it was copied in full.',
      'link-wrong-purpose': 'This link is not a registration link.',
      'member-not-found': 'This link belongs to no active member.',
      'occurrence-not-found': 'This gathering does not exist (any more).',
      default: 'Something went wrong.',
    } as Record<string, string>,
    problem: 'This page cannot be shown',
  },
};

export type PageText = (typeof pageText)[Lang];

export function pageLanguage(requested: unknown, fallback: Lang): Lang {
  return requested === 'en' || requested === 'fr' ? requested : fallback;
}
