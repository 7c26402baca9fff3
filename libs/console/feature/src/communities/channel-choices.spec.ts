import { channelOptions, chosenChannel, currentChannelFields, type ChannelList, type JoinedChannel } from './channel-choices';

const channel = (id: string, displayName: string, type: 'O' | 'P' = 'O'): JoinedChannel => ({
  id,
  name: displayName.toLowerCase(),
  displayName,
  type,
  teamName: 'alliance',
  teamDisplayName: 'ALLiaNCE',
});

describe('channel choices', () => {
  it('labels each channel "team / channel" and says which are private, in the page language', () => {
    const channels = [channel('a1', 'Café philo'), channel('b2', 'Orga', 'P')];
    expect(channelOptions(channels, 'fr')).toEqual([
      { value: 'a1', label: 'ALLiaNCE / Café philo' },
      { value: 'b2', label: 'ALLiaNCE / Orga (privé)' },
    ]);
    expect(channelOptions(channels, 'en')[1].label).toBe('ALLiaNCE / Orga (private)');
  });

  it('takes the picked channel, or the pasted id, and flags two different channels at once', () => {
    expect(chosenChannel({ mattermostChannelId: '', mattermostChannelPick: 'a1' })).toEqual({
      value: 'a1',
      field: 'mattermostChannelPick',
      both: false,
    });
    expect(chosenChannel({ mattermostChannelId: ' pasted1 ', mattermostChannelPick: '' })).toEqual({
      value: 'pasted1',
      field: 'mattermostChannelId',
      both: false,
    });
    expect(chosenChannel({ mattermostChannelId: 'pasted1', mattermostChannelPick: 'a1' }).both).toBe(true);
    expect(chosenChannel({ mattermostChannelId: 'a1', mattermostChannelPick: 'a1' }).both).toBe(false);
    expect(chosenChannel({})).toEqual({ value: '', field: 'mattermostChannelPick', both: false });
  });

  it('shows the current channel selected when the bot is in it, in the paste field otherwise', () => {
    const list: ChannelList = { state: 'listed', channels: [channel('a1', 'Café philo')] };
    expect(currentChannelFields('a1', list)).toEqual({ pick: 'a1', pasted: '' });
    expect(currentChannelFields('zz9', list)).toEqual({ pick: '', pasted: 'zz9' });
    expect(currentChannelFields(null, { state: 'unavailable', channels: [] })).toEqual({ pick: '', pasted: '' });
  });
});
