import type { DemoMember } from './community';
import type { OccurrenceContext } from './occurrence-context';

export type DemoFormat = 'open-forum' | 'peer-group';

/** What differs between the two seed formats in the demo: the series, the topics, the workshops and their scribes. */
export interface FormatPlay {
  communityName: string;
  seriesTitle: string;
  rrule: string;
  startTime: string;
  timeZone: string;
  location: string;
  firstTheme: string;
  proposal(ctx: OccurrenceContext): Record<string, string>;
  contributionTitle(ctx: OccurrenceContext, index: number): string;
  nextTheme(ctx: OccurrenceContext): string;
  /** After the registrations: topics voted, selected and placed; a scribe per workshop. */
  afterRegistrations(ctx: OccurrenceContext, registrants: DemoMember[]): Promise<Workshop[]>;
  /** What a scribe writes (with an `@all` that must reach Mattermost harmlessly). */
  notes(ctx: OccurrenceContext, workshop: string): string;
}

export interface Workshop {
  workshop: string;
  scribe: DemoMember;
}

const round = (ctx: OccurrenceContext) => (ctx.held.theme ? ` — ${ctx.held.theme}` : '');

async function assignScribes(ctx: OccurrenceContext, workshops: Workshop[]): Promise<Workshop[]> {
  for (const { workshop, scribe } of workshops) {
    await ctx.api.request('PUT', `/occurrences/${ctx.occurrenceId}/scribes`, { workshop, memberId: scribe.id });
  }
  return workshops;
}

const peerGroup: FormatPlay = {
  communityName: 'Groupe EIG',
  seriesTitle: 'Groupe de partage entre pairs',
  rrule: 'FREQ=MONTHLY;BYDAY=1TU',
  startTime: '12:30',
  timeZone: 'Europe/Paris',
  location: 'Salle Tchap, 20 avenue de Ségur, Paris',
  firstTheme: 'Accessibilité numérique',
  proposal: () => ({ topicTitle: 'Démo du DSFR @all', topicKind: 'demo', topicDescription: 'Le système de design de l’État.' }),
  contributionTitle: (ctx, index) => (index === 0 ? `Retour d'expérience${round(ctx)}` : `Démonstration${round(ctx)}`),
  nextTheme: (ctx) => (ctx.held.theme === 'Le legal design' ? 'Les communs numériques' : 'Le legal design'),
  afterRegistrations: (ctx, registrants) =>
    assignScribes(ctx, [
      { workshop: 'Tour de table', scribe: registrants[0] },
      { workshop: 'Échange', scribe: registrants[1] },
    ]),
  notes: (ctx, workshop) =>
    workshop === 'Tour de table'
      ? `- Chacun a partagé où en est son défi${round(ctx)}.\n- Besoin : @all tester le RGAA`
      : `## ${ctx.held.theme ?? 'Échange'}\nDémonstration et retours des contributeur·ices.`,
};

const openForum: FormatPlay = {
  communityName: 'Communauté ALLiaNCE',
  seriesTitle: 'Rencontres ALLiaNCE',
  rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH',
  startTime: '10:00',
  timeZone: 'Europe/Paris',
  location: 'Ségur, 14 avenue Duquesne, Paris',
  firstTheme: 'IA et services publics',
  proposal: () => ({
    topicTitle: 'Évaluer un assistant IA',
    topicKind: 'workshop',
    topicDescription: 'Atelier pratique : grilles et retours.',
  }),
  contributionTitle: (ctx, index) => (index === 0 ? `Atelier données${round(ctx)}` : `Atelier design${round(ctx)}`),
  nextTheme: (ctx) => (ctx.held.theme === 'Les communs' ? 'Open data' : 'Les communs'),
  afterRegistrations: async (ctx, registrants) => {
    const { api, occurrenceId } = ctx;
    const added = await api.post(`/occurrences/${occurrenceId}/topics`, {
      title: 'Stand-up produit : nos irritants',
      kind: 'workshop',
      description: null,
      memberId: registrants[1].id,
      addedOnTheDay: true,
    });
    const topics: Array<{ id: string; title: string }> = await api.get(`/occurrences/${occurrenceId}/topics`);
    for (const voter of registrants) await api.post(`/topics/${topics[0].id}/votes`, { memberId: voter.id });
    const placed = [
      { topic: topics.find((t) => t.id !== added.id) ?? topics[0], room: 'Salle Lovelace', localStart: '10:30', localEnd: '12:30' },
      { topic: added, room: 'Salle Hopper', localStart: '14:00', localEnd: '16:00' },
    ];
    for (const p of placed)
      await api.request('PUT', `/topics/${p.topic.id}/placement`, {
        selected: true,
        room: p.room,
        localStart: p.localStart,
        localEnd: p.localEnd,
      });
    ctx.log(`  programme : ${placed.map((p) => `${p.localStart} ${p.room} « ${p.topic.title} »`).join(' ; ')}`);
    return assignScribes(
      ctx,
      placed.map((p, i) => ({ workshop: p.topic.title, scribe: registrants[i] })),
    );
  },
  notes: (_ctx, workshop) => `## ${workshop}\n- Idées partagées, prochaines étapes.\n- @channel : le support est sur le wiki`,
};

export const formatPlays: Record<DemoFormat, FormatPlay> = { 'peer-group': peerGroup, 'open-forum': openForum };
