import type { OccurrenceData, OccurrencePage } from './occurrence-data';
import { occurrenceView } from './occurrence.view';
import { placementBody } from './topics.view';

const members = [
  { id: 'm1', name: 'Gaëlle' },
  { id: 'm2', name: 'Ali <script>' },
  { id: 'm3', name: 'Chloé' },
];

function data(overrides: Partial<OccurrenceData['occurrence']> = {}): OccurrenceData {
  return {
    occurrence: {
      id: 'o1',
      seriesId: 's1',
      communityId: 'c1',
      title: 'Groupe de partage',
      startsAt: '2027-04-08T10:30:00.000Z',
      endsAt: '2027-04-08T12:00:00.000Z',
      localStart: '2027-04-08T12:30',
      timeZone: 'Europe/Paris',
      location: 'Paris',
      status: 'announced',
      theme: 'Accessibilité',
      format: { id: 'peer-group', name: { fr: 'Groupe de partage entre pairs', en: 'Peer group' } },
      timeline: [
        { step: 'plan', dueAt: '2027-03-11T10:30:00.000Z', state: 'done', doneAt: '2027-03-11T10:30:00.000Z', outcome: 'planned' },
        { step: 'announce', dueAt: '2027-03-18T10:30:00.000Z', state: 'done', doneAt: '2027-03-18T10:31:00.000Z', outcome: 'announced' },
        { step: 'remindContributors', dueAt: '2027-04-01T10:30:00.000Z', state: 'pending', doneAt: null, outcome: null },
        { step: 'escalateReadiness', dueAt: '2027-04-05T10:30:00.000Z', state: 'pending', doneAt: null, outcome: null },
      ],
      notes: [{ workshop: 'Séance', scribeName: 'Chloé', markdown: '# Notes\n- point <b>', submittedAt: '2027-04-09T08:00:00.000Z' }],
      ...overrides,
    },
    registrations: {
      counts: { yes: 3, no: 1, maybe: 0, confirmed: 2, waitlisted: 1 },
      capacity: 2,
      registrations: [
        { id: 'r1', memberName: 'Gaëlle', answer: 'yes', status: 'confirmed', guest: false },
        { id: 'r2', memberName: 'Chloé', answer: 'yes', status: 'waitlisted', guest: false },
      ],
      waitingList: [
        { position: 1, memberName: 'Chloé' },
        { position: 2, memberName: 'Ali <script>' },
      ],
    },
    topics: [
      {
        id: 't1',
        title: 'Legal design',
        kind: 'talk',
        proposerName: 'Gaëlle',
        votes: 3,
        selected: true,
        room: 'Salle A',
        localStart: '12:35',
        localEnd: '13:00',
      },
      {
        id: 't2',
        title: 'RGAA',
        kind: 'demo',
        proposerName: null,
        votes: 1,
        selected: false,
        room: null,
        localStart: null,
        localEnd: null,
      },
    ],
    programme: {
      slots: [
        {
          slotId: 'exchange',
          title: { fr: 'Échange', en: 'Exchange' },
          localStart: '12:30',
          localEnd: '13:15',
          rooms: [{ room: 'Salle A', topics: [{ title: 'Legal design' }] }],
        },
      ],
      unplaced: [],
    },
    roles: {
      guide: { memberId: 'm1', name: 'Gaëlle' },
      contributors: [{ memberId: 'm3', name: 'Chloé' }],
      participants: [{ memberId: 'm1', name: 'Gaëlle' }],
    },
    readiness: {
      ready: false,
      contributions: [
        {
          memberId: 'm3',
          memberName: 'Chloé',
          kind: 'talk',
          title: null,
          materialsUrl: null,
          prepStatus: 'notStarted',
          missing: ['title', 'materials'],
        },
      ],
    },
    scribes: [{ workshop: 'Séance', memberId: 'm3', name: 'Chloé', notesSubmittedAt: null }],
    members,
  };
}

const page = (overrides: Partial<OccurrencePage> = {}): string =>
  occurrenceView({ language: 'fr', csrf: 'tok', data: data(), forms: {}, ...overrides }).value;

describe('the occurrence page', () => {
  it('shows a refused action as an error alert and a done one as a success', () => {
    const refused = page({ flash: { kind: 'error', text: 'Step already run' } });
    expect(refused).toMatch(/fr-alert--error[^>]*role="alert"><p>Step already run/);
    expect(refused).not.toContain('fr-alert--success');
    expect(page({ flash: { kind: 'success', text: 'Étape exécutée.' } })).toMatch(
      /fr-alert--success[^>]*role="status"><p>Étape exécutée\./,
    );
  });

  it('shows each step with its state and offers "run now" on the next pending step only', () => {
    const html = page();
    expect(html).toContain('Annonce');
    expect(html.match(/Exécuter maintenant/g)).toHaveLength(1);
    expect(html).toMatch(/Exécuter maintenant<span class="fr-sr-only"> : Rappel aux contributeur·rice·s/);
    expect(html).toContain('jeudi 1er avril 2027 à 12:30 (heure de Paris)');
    expect(occurrenceView({ language: 'fr', csrf: 't', data: data({ status: 'cancelled' }), forms: {} }).value).not.toContain(
      'Exécuter maintenant',
    );
  });

  it('says a held session can no longer be moved or cancelled, and offers neither form', () => {
    const held = occurrenceView({ language: 'fr', csrf: 't', data: data({ status: 'held' }), forms: {} }).value;
    expect(held).toContain('Cette séance a déjà eu lieu : elle ne peut plus être déplacée ni annulée.');
    expect(held).not.toContain('/reschedule');
    expect(held).not.toContain('Voir qui sera prévenu');
    expect(page()).toContain('Voir qui sera prévenu');
  });

  it('lists the raised alerts with what was found, what to do and since when; not the cleared or withdrawn ones', () => {
    const detail = { memberIds: [], count: null, threshold: null, capacity: null, free: null };
    const alerts = [
      { check: 'contributorNotReady', state: 'raised', detail: { ...detail, memberIds: ['m2', 'gone'], count: 2, threshold: 7 } },
      { check: 'failedDeliveries', state: 'raised', detail: { ...detail, count: 1, threshold: 1 } },
      { check: 'noGuide', state: 'cleared', detail: { ...detail, threshold: 14 } },
      { check: 'lowRegistrations', state: 'withdrawn', detail: { ...detail, count: 0, capacity: 4, threshold: 2 } },
    ].map((a) => ({ ...a, raisedAt: '2027-04-01T08:00:00.000Z', clearedAt: null }));
    const html = occurrenceView({ language: 'fr', csrf: 't', data: data({ alerts }), forms: {} }).value;
    expect(html).toContain('<a class="fr-summary__link" href="#alerts-title">Alertes</a>');
    expect(html).toContain('2 contributions pas prêtes : Ali &lt;script&gt; et un·e ancien·ne membre.');
    expect(html).toContain('<a href="/console/deliveries">envois en échec</a>');
    expect(html).toContain('jeudi 1er avril 2027 à 10:00 (heure de Paris)');
    expect(html).not.toContain('Pas de guide');
    expect(html).not.toContain('Peu d’inscriptions');
    expect(page()).toContain('Aucune alerte en cours.');
  });

  it('lists the registrations and the waiting list in its order, names escaped', () => {
    const html = page();
    expect(html).toContain('3 oui, 0 peut-être, 1 non ; 2 place(s) confirmée(s) sur 2, 1 en liste d&#39;attente.');
    expect(html).toMatch(/<ol>\s*<li>Chloé<\/li>\s*<li>Ali &lt;script&gt;<\/li>\s*<\/ol>/);
    expect(html).not.toContain('<script>');
  });

  it('shows topics by votes, the rooms × slots grid, and each contributor’s readiness', () => {
    const html = page();
    expect(html).toContain('Salle A, 12:35–13:00');
    expect(html).toMatch(/<th scope="col">Salle A<\/th>/);
    expect(html).toMatch(/Échange 12:30–13:15<\/th>\s*<td>Legal design<\/td>/);
    expect(html).toContain('le titre, le support');
    // Codes of the services said in words: the contribution's kind and its progress.
    expect(html).toContain('<td>Chloé</td><td>Exposé</td><td>—</td><td>Pas commencée</td>');
    expect(html).not.toContain('notStarted');
  });

  it('keeps the contributors ticked in a refused roles form, with the error next to them', () => {
    const html = page({
      forms: {
        roles: { values: { guideMemberId: 'm1', contributorMemberIds: 'm1,m2' }, errors: { contributorMemberIds: 'Un rôle par personne' } },
      },
    });
    expect(html).toMatch(/value="m2"\s*checked/);
    expect(html).not.toMatch(/value="m3"\s*checked/);
    expect(html).toContain('fr-fieldset--error');
    expect(html).toContain('Un rôle par personne');
  });

  it('counts who a change would tell by channel, and nobody before the announcement', () => {
    const told = page({
      audience: {
        kind: 'cancellation',
        announced: true,
        calendarHolders: true,
        channel: true,
        names: ['Gaëlle', 'Chloé'],
        memberIds: ['m1', 'm2'],
        holderIds: ['m2', 'm3', 'm4'],
      },
    });
    expect(told).toContain(
      '<li>4 personnes par e-mail (ou en message privé pour qui l’a choisi) : 2 inscrit·e·s (Gaëlle et Chloé) ; 3 personnes l’ont dans leur agenda.</li>',
    );
    expect(told).toContain('<li>1 message dans le canal de la communauté.</li>');
    const unknown = page({
      audience: {
        kind: 'reschedule',
        announced: true,
        calendarHolders: true,
        channel: false,
        names: ['Chloé'],
        memberIds: ['m2'],
        holderIds: null,
      },
    });
    expect(unknown).toContain('1 inscrit·e (Chloé) et les personnes qui l’ont dans leur agenda (leur nombre n’est pas disponible');
    expect(unknown).not.toContain('dans le canal');
    const nobody = page({
      audience: { kind: 'reschedule', announced: false, calendarHolders: false, channel: false, names: [], memberIds: [], holderIds: [] },
    });
    expect(nobody).toContain('Personne ne sera prévenu');
  });

  it('reads a placement form: all three of room and times, or none', () => {
    expect(placementBody({ selected: 'yes', room: ' Salle B ', localStart: '12:35', localEnd: '13:00' })).toEqual({
      selected: true,
      room: 'Salle B',
      localStart: '12:35',
      localEnd: '13:00',
    });
    expect(placementBody({ selected: 'no', room: '', localStart: '', localEnd: '' })).toEqual({
      selected: false,
      room: null,
      localStart: null,
      localEnd: null,
    });
  });
});
