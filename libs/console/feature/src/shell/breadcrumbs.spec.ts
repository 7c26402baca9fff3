import { communityTrail, crumbs, seriesTrail } from './breadcrumbs';

describe('breadcrumbs of one shape', () => {
  const community = { id: 'c1', name: 'ALLiaNCE' };
  const series = { id: 's 1', title: 'Groupe de partage' };

  it('starts every trail at Accueil and leaves the current page without a link', () => {
    expect(crumbs('fr', [{ label: 'Envois', href: '/console/deliveries' }])).toEqual([
      { label: 'Accueil', href: '/console' },
      { label: 'Envois' },
    ]);
    expect(crumbs('en', [{ label: 'Formats' }])[0]).toEqual({ label: 'Home', href: '/console' });
  });

  it('goes Accueil › Communautés › community › series › session', () => {
    expect(seriesTrail('fr', community, series, [{ label: 'Séance du 8 avril' }])).toEqual([
      { label: 'Accueil', href: '/console' },
      { label: 'Communautés', href: '/console/communities' },
      { label: 'ALLiaNCE', href: '/console/communities/c1' },
      { label: 'Groupe de partage', href: '/console/series/s%201' },
      { label: 'Séance du 8 avril' },
    ]);
  });

  it('ends on the community itself when nothing follows it', () => {
    expect(communityTrail('fr', community).at(-1)).toEqual({ label: 'ALLiaNCE' });
  });
});
