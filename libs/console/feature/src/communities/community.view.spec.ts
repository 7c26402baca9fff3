import type { ServicesApi } from '../api/services-api';
import type { PageContext } from '../shell/page-context';
import type { ChannelList } from './channel-choices';
import { renderCommunityPage } from './community.view';
import type { CommunityView } from './community-views';

const page = (lang: 'fr' | 'en' = 'fr'): PageContext => ({
  lang,
  csrf: 'csrf-token',
  path: '/console/communities/c1',
  query: {},
  organiser: { id: 'o1', name: 'Inès' },
  api: {} as ServicesApi,
});
const community = (channel: string | null = null): CommunityView => ({
  id: 'c1',
  name: 'ALLiaNCE',
  mattermostChannelId: channel,
  defaultLanguage: 'fr',
  createdAt: '2026-11-27T10:00:00Z',
});
const listed: ChannelList = {
  state: 'listed',
  channels: [{ id: 'chan1', name: 'cafe', displayName: 'Café philo', type: 'O', teamName: 'alliance', teamDisplayName: 'ALLiaNCE' }],
};

describe('the community page’s Mattermost channel', () => {
  it('offers the bot’s channels in a select, the current one selected, and the paste field empty', () => {
    const html = renderCommunityPage(page(), community('chan1'), listed);
    expect(html).toContain('<select class="fr-select" id="mattermostChannelPick" name="mattermostChannelPick"');
    expect(html).toContain('<option value="chan1" selected>ALLiaNCE / Café philo</option>');
    expect(html).toContain('<option value="">Aucun canal : e-mail seulement</option>');
    expect(html).toMatch(/id="mattermostChannelId" name="mattermostChannelId" value=""/);
  });

  it('keeps a current channel the bot is not in, in the paste field', () => {
    const html = renderCommunityPage(page(), community('elsewhere9'), listed);
    expect(html).toMatch(/id="mattermostChannelId" name="mattermostChannelId" value="elsewhere9"/);
    expect(html).toContain('<option value="" selected>');
  });

  it.each([
    ['unavailable', 'Mattermost ne répond pas'],
    ['empty', 'n’est membre d’aucun canal Mattermost'],
    ['not-configured', 'Mattermost n’est pas configuré sur cette installation'],
    ['pending', 'rechargez la page dans un instant'],
  ] as const)('says in French why there is no list (%s), and keeps the paste field', (state, sentence) => {
    const html = renderCommunityPage(page(), community(), { state, channels: [] });
    expect(html).toContain(sentence);
    expect(html).not.toContain('<select');
    expect(html).toContain('name="mattermostChannelId"');
  });

  it('speaks English on the English console', () => {
    const html = renderCommunityPage(page('en'), community(), { state: 'unavailable', channels: [] });
    expect(html).toContain('Mattermost is not answering');
  });

  it('shows a refusal next to the select when the picked channel was refused, keeping the pick', () => {
    const html = renderCommunityPage(page(), community(), listed, {
      kept: { pick: 'chan1', pasted: '' },
      errors: { mattermostChannelPick: 'Refusé.' },
    });
    expect(html).toContain('fr-select-group fr-select-group--error');
    expect(html).toContain('<p class="fr-message fr-message--error" id="mattermostChannelPick-error">Refusé.</p>');
    expect(html).toContain('<option value="chan1" selected>');
  });
});
