import { editContent, fileContent, textContent, withEmoji } from './matrix-content';

describe('Matrix event contents', () => {
  it('draws the templates’ shortcodes and leaves unknown ones and times as written', () => {
    expect(withEmoji(':calendar: Rencontres :tada:')).toBe('📆 Rencontres 🎉');
    expect(withEmoji(':not_an_emoji: à 10:00:30')).toBe(':not_an_emoji: à 10:00:30');
  });

  it('disables every mention push rule, in a thread or not', () => {
    expect(textContent('Bonjour')).toEqual({
      msgtype: 'm.text',
      body: 'Bonjour',
      format: 'org.matrix.custom.html',
      formatted_body: '<p>Bonjour</p>',
      'm.mentions': {},
    });
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

  it('draws the Markdown as HTML beside the plain body, keeping line breaks and links', () => {
    const content = textContent(
      ':calendar: **Rencontres** le 3 mars\n[Votre page](https://cercle.example/r/abc) ou https://cercle.example/j',
    );
    expect(content.body).toBe('📆 **Rencontres** le 3 mars\n[Votre page](https://cercle.example/r/abc) ou https://cercle.example/j');
    expect(content.formatted_body).toBe(
      '<p>📆 <strong>Rencontres</strong> le 3 mars<br>\n<a href="https://cercle.example/r/abc">Votre page</a> ou ' +
        '<a href="https://cercle.example/j">https://cercle.example/j</a></p>',
    );
  });

  it('shows HTML someone typed as text, and loads no remote image nor script link', () => {
    const html = textContent('<b>gras</b> <img src=x onerror=alert(1)> ![pixel](https://tracker.example/p.png) [clic](javascript:alert(1))')
      .formatted_body as string;
    expect(html).toContain('&lt;b&gt;gras&lt;/b&gt;');
    expect(html).not.toMatch(/<img|<b>|href="javascript/);
  });

  it('carries the formatted body in an edit, starred for clients without edits', () => {
    const content = editContent('Séances **passées**', '$index');
    expect(content).toMatchObject({
      body: '* Séances **passées**',
      formatted_body: '* <p>Séances <strong>passées</strong></p>',
      'm.new_content': {
        body: 'Séances **passées**',
        format: 'org.matrix.custom.html',
        formatted_body: '<p>Séances <strong>passées</strong></p>',
      },
      'm.relates_to': { rel_type: 'm.replace', event_id: '$index' },
    });
  });
});
