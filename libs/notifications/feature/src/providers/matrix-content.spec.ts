import { fileContent, textContent, withEmoji } from './matrix-content';

describe('Matrix event contents', () => {
  it('draws the templates’ shortcodes and leaves unknown ones and times as written', () => {
    expect(withEmoji(':calendar: Rencontres :tada:')).toBe('📆 Rencontres 🎉');
    expect(withEmoji(':not_an_emoji: à 10:00:30')).toBe(':not_an_emoji: à 10:00:30');
  });

  it('disables every mention push rule, in a thread or not', () => {
    expect(textContent('Bonjour')).toEqual({ msgtype: 'm.text', body: 'Bonjour', 'm.mentions': {} });
    expect(textContent('Réponse', '$root')).toMatchObject({
      'm.mentions': {},
      'm.relates_to': { rel_type: 'm.thread', event_id: '$root', is_falling_back: true, 'm.in_reply_to': { event_id: '$root' } },
    });
  });

  it('describes a file by its name, type and size, in the thread of its root', () => {
    const content = fileContent({ name: 'notes.md', mimeType: 'text/markdown', size: 12, contentUri: 'mxc://s/m' }, '$root');
    expect(content).toMatchObject({
      msgtype: 'm.file',
      body: 'notes.md',
      filename: 'notes.md',
      url: 'mxc://s/m',
      info: { mimetype: 'text/markdown', size: 12 },
      'm.relates_to': { rel_type: 'm.thread', event_id: '$root' },
    });
  });
});
