import { notificationKind } from '@cercle/contracts';
import { deliveryChannelLabel, deliveryStatusLabel, messageKindLabel } from './delivery-words';

describe('delivery words', () => {
  it('names every message kind of the contracts in French and in English, never by its code', () => {
    for (const kind of notificationKind.options) {
      expect(messageKindLabel(kind, 'fr')).not.toBe(kind);
      expect(messageKindLabel(kind, 'en')).not.toBe(kind);
    }
    expect(messageKindLabel('healthAlert', 'fr')).toBe('Alerte sur la série');
    expect(messageKindLabel('announcement', 'en')).toBe('Session announcement');
  });

  it('names channels and statuses, and shows an unknown code as it is', () => {
    expect(deliveryChannelLabel('mattermost-dm', 'fr')).toBe('Message privé Mattermost');
    expect(deliveryStatusLabel('failed', 'fr')).toBe('En échec');
    expect(deliveryStatusLabel('skipped', 'en')).toBe('Not sent');
    expect(messageKindLabel('someNewKind', 'fr')).toBe('someNewKind');
  });
});
