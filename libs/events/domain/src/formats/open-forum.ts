import { Format } from './format';

/**
 * "Rencontres ALLiaNCE" (seed 000): a day in open-forum format every two months, 10h–18h.
 * French wording is the seed's. The seed fixes 10h (topics on the central board), lunch 12h30–14h and the
 * product stand-up 16h–17h; the 30-minute opening and the split of the rest into workshop blocks are our
 * reading of "the agenda is made by participants" and can be changed per series.
 */
export const openForum = {
  id: 'open-forum',
  name: { fr: 'Rencontres ALLiaNCE (forum ouvert)', en: 'ALLiaNCE meetups (open forum)' },
  description: {
    fr:
      'Le rendez-vous des membres de la communauté ALLiaNCE pour se rencontrer et échanger sur nos sujets communs. ' +
      "Un forum ouvert est une méthode d'événement où l'ordre du jour est défini par les participants eux-mêmes : " +
      "il n'y a pas de programme préétabli.",
    en:
      'The gathering where members of the ALLiaNCE community meet and discuss the topics they share. ' +
      'An open forum is an event format in which the participants set the agenda themselves: there is no programme decided in advance.',
  },
  suggestedRrule: 'FREQ=MONTHLY;INTERVAL=2',
  defaultDurationMinutes: 480,
  defaultStartTime: '10:00',
  expectedAttendance: { min: 60, max: 100 },
  // The seed: "ouverte à toutes les personnes du réseau beta.gouv, quel que soit votre incubateur".
  openToGuests: true,
  principles: {
    fr: [
      "Proposition des sujets : à l'ouverture de la réunion, chaque participant peut proposer un sujet qu'il souhaite aborder et l'inscrire à l'ordre du jour.",
      'Flexibilité des sessions : les participants sont libres de choisir les discussions auxquelles ils veulent assister et peuvent se déplacer entre les différentes sessions en cours.',
      "Collaboration et échanges : l'objectif est de favoriser des échanges riches et collaboratifs autour de sujets d'intérêt commun.",
      "Auto-organisation : les participants sont responsables de l'animation et de la gestion des discussions qu'ils proposent.",
    ],
    en: [
      'Proposing topics: when the meeting opens, every participant may propose a topic they want to discuss and put it on the agenda.',
      'Flexible sessions: participants freely choose which discussions to join and may move between the sessions under way.',
      'Collaboration and exchange: the aim is rich, collaborative discussion of topics of common interest.',
      'Self-organisation: participants lead and run the discussions they propose.',
    ],
  },
  attendanceRules: {
    fr: [
      'La présence est volontaire et totalement optionnelle.',
      'La journée est ouverte à toutes les personnes du réseau beta.gouv, quel que soit votre incubateur de rattachement et votre statut (agents publics, indépendant·e·s, salarié·e·s de sociétés de prestations).',
      'On a le droit de ne pas venir.',
      'On a le droit de venir puis de quitter la salle du forum quand on le souhaite, ou de se poser dans un coin pour télétravailler.',
      "On a le droit de venir certains mois et pas d'autres.",
    ],
    en: [
      'Attendance is voluntary and entirely optional.',
      'The day is open to everyone in the beta.gouv network, whatever their incubator and status (civil servants, freelancers, employees of service companies).',
      'You may choose not to come.',
      'You may come and then leave the forum room whenever you like, or settle in a corner to work remotely.',
      'You may come some months and not others.',
    ],
  },
  roles: [
    {
      id: 'participant',
      label: { fr: 'Participant·e', en: 'Participant' },
      mission: { fr: 'Choisir librement les discussions auxquelles assister', en: 'Choose freely which discussions to join' },
      duties: {
        fr: [
          "S'inscrire via le formulaire, en proposant éventuellement un sujet d'atelier",
          "À 10h, s'il le souhaite, présenter un sujet et l'inscrire à l'ordre du jour sur le tableau central",
        ],
        en: [
          'Register with the form, optionally proposing a workshop topic',
          'At 10:00, if they wish, present a topic and write it on the agenda on the central board',
        ],
      },
    },
    {
      id: 'contributor',
      label: { fr: 'Porteur·euse de sujet', en: 'Topic host' },
      mission: { fr: "Animer l'atelier que l'on a proposé", en: 'Lead the workshop they proposed' },
      duties: {
        fr: [
          "Inscrire son sujet à l'ordre du jour sur le tableau central",
          "Prendre en charge l'animation et la gestion de la discussion proposée",
        ],
        en: ['Write the topic on the agenda on the central board', 'Lead and run the proposed discussion'],
      },
    },
    {
      id: 'scribe',
      label: { fr: 'Scribe', en: 'Scribe' },
      mission: { fr: "Garder une trace d'un atelier, à titre volontaire", en: 'Keep a record of a workshop, as a volunteer' },
      duties: {
        fr: ['Prendre des notes dans un Docs', "Les partager dans l'espace Mattermost le plus adéquat"],
        en: ['Take notes in a shared document', 'Share them in the most suitable Mattermost space'],
      },
    },
  ],
  contributionKinds: [
    {
      id: 'workshop',
      label: { fr: 'Un atelier', en: 'A workshop' },
      description: { fr: "Tout sujet d'intérêt transverse est bienvenu.", en: 'Any topic of cross-cutting interest is welcome.' },
      examples: {
        fr: [
          'Démonstration de la dernière version de mon produit numérique',
          "Retex de l'utilisation de votre produit",
          'Comment remplir ma fiche action ?',
        ],
        en: [
          'A demo of the latest version of my digital product',
          'Lessons learned from using your product',
          'How do I fill in my action sheet?',
        ],
      },
    },
  ],
  agenda: [
    {
      id: 'opening',
      title: { fr: 'Ouverture : proposition des sujets', en: 'Opening: proposing topics' },
      kind: 'plenary',
      offsetMinutes: 0,
      durationMinutes: 30,
      details: {
        fr: [
          "Chaque participant peut, s'il le souhaite, présenter un sujet et l'inscrire à l'ordre du jour en l'inscrivant sur le tableau central",
        ],
        en: ['Any participant who wishes can present a topic and put it on the agenda by writing it on the central board'],
      },
    },
    workshops('workshops-morning', 30, 120),
    {
      id: 'lunch',
      title: { fr: "Pause repas (à l'extérieur)", en: 'Lunch break (outside)' },
      kind: 'break',
      offsetMinutes: 150,
      durationMinutes: 90,
    },
    workshops('workshops-afternoon', 240, 120),
    {
      id: 'product-stand-up',
      title: { fr: 'Stand-up produit ALLiaNCE', en: 'ALLiaNCE product stand-up' },
      kind: 'stand-up',
      offsetMinutes: 360,
      durationMinutes: 60,
    },
    workshops('workshops-late-afternoon', 420, 60),
  ],
} satisfies Format;

function workshops(id: string, offsetMinutes: number, durationMinutes: number): Format['agenda'][number] {
  return {
    id,
    title: { fr: 'Ateliers en forum ouvert', en: 'Open-forum workshops' },
    kind: 'open-space',
    offsetMinutes,
    durationMinutes,
    details: {
      fr: [
        'Les participants sont libres de choisir les discussions auxquelles ils veulent assister et peuvent se déplacer entre les différentes sessions en cours.',
        "Un·e scribe volontaire par atelier prend des notes et les partage dans l'espace Mattermost le plus adéquat.",
      ],
      en: [
        'Participants freely choose which discussions to join and may move between the sessions under way.',
        'A volunteer scribe in each workshop takes notes and shares them in the most suitable Mattermost space.',
      ],
    },
  };
}
