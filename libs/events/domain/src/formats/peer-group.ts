import { Format } from './format';

/**
 * "Groupe de partage entre pairs" (seed 001), French wording from the seed. The seed gives the round table
 * 20–30 minutes; the timed agenda uses 25 and keeps the range in its details. The slots add up to 82 minutes
 * and the default duration is 90, so a round table that runs to 30 minutes still ends on time. The seed gives
 * no start time: 12:30 is only a default an organiser changes per series.
 */
export const peerGroup = {
  id: 'peer-group',
  name: { fr: 'Groupe de partage entre pairs', en: 'Peer-sharing group' },
  description: {
    fr: 'Échanger et apprendre avec ses pairs : partager la vie de son défi, puis aborder collectivement une thématique choisie ensemble la session précédente.',
    en: 'Share and learn with peers: talk about life in your project, then explore together a theme chosen at the previous session.',
  },
  suggestedRrule: 'FREQ=MONTHLY',
  defaultDurationMinutes: 90,
  defaultStartTime: '12:30',
  // A group of peers who know each other: registration is for its members.
  openToGuests: false,
  roles: [
    {
      id: 'guide',
      label: { fr: 'Guide', en: 'Guide' },
      mission: {
        fr: "Prendre en charge l'organisation et l'animation d'une session",
        en: 'Take charge of organising and leading a session',
      },
      duties: {
        fr: ['Préparer la session à venir', "S'assurer que les contributions soient prêtes le jour J", 'Animer le groupe de partage'],
        en: ['Prepare the upcoming session', 'Make sure the contributions are ready on the day', 'Lead the peer-sharing group'],
      },
    },
    {
      id: 'contributor',
      label: { fr: 'Contributeur·rice', en: 'Contributor' },
      mission: {
        fr: 'Partager un savoir ou une expérience sur un sujet choisi par le groupe',
        en: 'Share knowledge or experience on a topic chosen by the group',
      },
      duties: {
        fr: ['Préparer une courte présentation', 'Se synchroniser avec les autres contributeur·rice·s', 'Présenter son sujet le jour J'],
        en: ['Prepare a short presentation', 'Coordinate with the other contributors', 'Present the topic on the day'],
      },
    },
    {
      id: 'participant',
      label: { fr: 'Participant·e', en: 'Participant' },
      mission: { fr: 'Échanger et apprendre avec ses pairs', en: 'Share and learn with peers' },
      duties: {
        fr: ["Le cas échéant, s'être documenté sur le sujet défini ensemble le mois précédent"],
        en: ['Where relevant, read up on the theme agreed together the month before'],
      },
    },
  ],
  contributionKinds: [
    {
      id: 'talk',
      label: { fr: 'Un exposé', en: 'A talk' },
      description: {
        fr: 'Apporter des éléments sur une thématique spécifique en se basant sur des données, de la documentation, une expérience personnelle, etc.',
        en: 'Bring material on a specific theme, drawing on data, documentation, personal experience, etc.',
      },
      examples: {
        fr: ['le legal design', "le développement d'interfaces accessibles", 'les biais dans les algorithmes'],
        en: ['legal design', 'building accessible interfaces', 'bias in algorithms'],
      },
    },
    {
      id: 'demo',
      label: { fr: 'Une démonstration', en: 'A demo' },
      description: {
        fr: 'Présenter un medium sur un outil ou une technique en rapport avec la thématique et qui pourrait intéresser le groupe',
        en: 'Show a tool or technique related to the theme that could interest the group',
      },
      examples: {
        fr: ["une extension d'un logiciel", "l'intégration d'une librairie", 'un parcours utilisateur'],
        en: ['a software extension', 'integrating a library', 'a user journey'],
      },
    },
    {
      id: 'experienceReport',
      label: { fr: "Un retour d'expérience", en: 'An experience report' },
      description: {
        fr: 'Illustrer une démarche qui a pu être réalisée dans le cadre du défi ou dans une expérience passée',
        en: 'Illustrate an approach taken in the project or in a past experience',
      },
      examples: {
        fr: ['une phase de tests utilisateurs', "le déploiement d'une application", 'un argumentaire auprès de parties prenantes'],
        en: ['a round of user testing', 'deploying an application', 'making the case to stakeholders'],
      },
    },
    {
      id: 'invitedExpert',
      label: { fr: 'Un·e invité·e', en: 'An invited expert' },
      description: {
        fr: 'Inviter un·e expert·e pour approfondir un besoin pointu sur un sujet spécifique',
        en: 'Invite an expert to dig into a specialised need on a specific topic',
      },
      examples: { fr: ['alumni', 'parrain ou marraine', 'externe'], en: ['an alumnus', 'a sponsor', 'an outside expert'] },
    },
  ],
  agenda: [
    {
      id: 'introduction',
      title: { fr: 'Introduction', en: 'Introduction' },
      kind: 'plenary',
      offsetMinutes: 0,
      durationMinutes: 2,
      purpose: { fr: 'Présenter la thématique du jour', en: "Introduce the day's theme" },
    },
    {
      id: 'round-table',
      title: { fr: 'Tour de table', en: 'Round table' },
      kind: 'round-table',
      offsetMinutes: 2,
      durationMinutes: 25,
      purpose: { fr: 'Partager la vie de son défi (20-30 minutes)', en: 'Share what life is like in your project (20–30 minutes)' },
      details: {
        fr: [
          'Quel est votre ressenti ?',
          "Qu'est-ce que vous faites au sein de votre défi ? Où en êtes-vous ?",
          "Qu'avez-vous découvert, appris ?",
          "Avez-vous des besoins spécifiques sur lesquels on peut s'entraider ?",
        ],
        en: [
          'How are you feeling?',
          'What are you doing in your project? Where are you at?',
          'What have you discovered or learned?',
          'Do you have specific needs we could help each other with?',
        ],
      },
    },
    {
      id: 'exchange',
      title: { fr: 'Échange', en: 'Exchange' },
      kind: 'exchange',
      offsetMinutes: 27,
      durationMinutes: 45,
      purpose: { fr: 'Aborder collectivement la thématique', en: 'Explore the theme together' },
      details: {
        fr: ['Présentation des contributeurs (30 min)', 'Discussion de groupe (15 min)'],
        en: ["Contributors' presentations (30 min)", 'Group discussion (15 min)'],
      },
    },
    {
      id: 'anticipation',
      title: { fr: 'Anticipation', en: 'Looking ahead' },
      kind: 'anticipation',
      offsetMinutes: 72,
      durationMinutes: 10,
      purpose: { fr: 'Préparer le prochain groupe de partage', en: 'Prepare the next peer-sharing group' },
      details: {
        fr: ['Discuter de la prochaine thématique', 'Attribuer les rôles pour la prochaine session'],
        en: ['Discuss the next theme', 'Assign the roles for the next session'],
      },
    },
  ],
} satisfies Format;
