import type { Language, RenderContext } from './render-context';

/**
 * A context that fills every block of every template: what previews show when the organiser gives no
 * data, and what an override is checked against before it is saved. Fixed dates: the domain has no clock.
 */
export function sampleRenderContext(language: Language): RenderContext {
  const fr = language === 'fr';
  return {
    language,
    recipient: { name: 'Camille Dupont' },
    community: { name: fr ? 'Communauté exemple' : 'Example community' },
    occurrence: {
      id: '00000000-0000-4000-8000-000000000001',
      title: fr ? 'Groupe de partage entre pairs' : 'Peer-sharing group',
      formatName: fr ? 'Groupe de partage' : 'Peer group',
      startsAt: '2026-03-12T16:00:00Z',
      endsAt: '2026-03-12T17:30:00Z',
      timeZone: 'Europe/Paris',
      location: fr ? 'Salle 3, 20 avenue de Ségur, Paris' : 'Room 3, 20 avenue de Ségur, Paris',
      theme: fr ? 'Accessibilité des services numériques' : 'Accessible digital services',
      agenda: [
        { title: fr ? 'Introduction' : 'Introduction', localStart: '17:00', localEnd: '17:02' },
        { title: fr ? 'Tour de table' : 'Round table', localStart: '17:02', localEnd: '17:32' },
        { title: fr ? 'Échange' : 'Exchange', localStart: '17:32', localEnd: '18:17' },
        { title: fr ? 'Anticipation' : 'Anticipation', localStart: '18:17', localEnd: '18:27' },
      ],
      topics: [
        {
          title: 'RGAA en pratique',
          kind: 'experienceReport',
          proposer: 'Bruno',
          selected: true,
          room: 'Salle 3',
          localStart: '17:32',
          localEnd: '17:47',
        },
        { title: 'Lecteurs d’écran', kind: 'demo', proposer: 'Chloé', selected: false },
      ],
      previousStartsAt: '2026-03-05T16:00:00Z',
      cancellationReason: fr ? 'salle indisponible' : 'room unavailable',
      registrationClosesAt: '2026-03-11T17:00:00Z',
    },
    links: {
      register: 'https://cercle.example/r/sample',
      ballot: 'https://cercle.example/topics/ballot/sample',
      notes: 'https://cercle.example/notes/sample',
      respond: 'https://cercle.example/roles/sample',
      contribution: 'https://cercle.example/contributions/sample',
      join: 'https://cercle.example/join/00000000-0000-4000-8000-000000000001',
      preferences: 'https://cercle.example/notifications/preferences/sample',
      unsubscribe: 'https://cercle.example/notifications/unsubscribe/sample',
      timeline: 'https://cercle.example/occurrences/00000000-0000-4000-8000-000000000001',
    },
    roles: { guide: 'Bruno Martin', contributors: ['Chloé Bernard', 'David Petit'] },
    nextRoles: {
      theme: fr ? 'Le legal design' : 'Legal design',
      guide: 'Chloé Bernard',
      contributors: ['Eve Laurent'],
      startsAt: '2026-04-09T15:00:00Z',
    },
    notes: [
      {
        workshop: 'RGAA en pratique',
        scribe: 'Farid',
        markdown: fr ? '- Les audits coûtent moins cher tôt' : '- Audits cost less early on',
      },
    ],
    contributions: [
      // The reader's own part is marked `mine`: previews show « votre contribution » and the others' readiness.
      {
        memberName: 'Chloé Bernard',
        mine: true,
        role: 'contributor',
        kind: 'talk',
        title: 'Le RGAA sans douleur',
        materialsUrl: 'https://cercle.example/slides',
        workshop: null,
        missing: [],
      },
      {
        memberName: 'David Petit',
        role: 'contributor',
        kind: 'demo',
        title: null,
        materialsUrl: null,
        workshop: null,
        missing: ['title', 'materials'],
      },
    ],
    registration: { answer: 'yes', status: 'waitlisted', waitlistPosition: 2, promoted: false },
    deadline: '2026-03-19T17:00:00Z',
    alert: {
      forOrganiser: true,
      check: 'contributorNotReady',
      raisedAt: '2026-03-05T08:00:00Z',
      names: ['David Petit'],
      count: 1,
      threshold: 7,
      capacity: null,
      free: null,
    },
  };
}
