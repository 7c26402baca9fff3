import { MAX_TOPIC_TITLE, parseChatCommand } from './parse-command';

describe('parseChatCommand', () => {
  it('reads no word as the next occurrence', () => {
    expect(parseChatCommand('')).toEqual({ kind: 'status' });
    expect(parseChatCommand('   ')).toEqual({ kind: 'status' });
  });

  it.each([
    ['oui', 'yes'],
    ['OUI', 'yes'],
    ['yes', 'yes'],
    ['non', 'no'],
    ['no', 'no'],
    ['peut-être', 'maybe'],
    ['Peut-Etre', 'maybe'],
    ['peut être', 'maybe'],
    ['maybe', 'maybe'],
  ])('reads « %s » as the answer %s', (text, answer) => {
    expect(parseChatCommand(text)).toEqual({ kind: 'register', answer });
  });

  it('reads prêt with or without accent, and the English words', () => {
    for (const word of ['prêt', 'pret', 'Prête', 'ready']) expect(parseChatCommand(word)).toEqual({ kind: 'ready' });
    for (const word of ['aide', 'help']) expect(parseChatCommand(word)).toEqual({ kind: 'help' });
    for (const word of ['votes', 'vote']) expect(parseChatCommand(word)).toEqual({ kind: 'votes' });
  });

  it('keeps a topic title as typed, inner spaces and mentions included, cut to what a topic holds', () => {
    expect(parseChatCommand('sujet  Accessibilité  des formulaires @channel ')).toEqual({
      kind: 'propose',
      title: 'Accessibilité  des formulaires @channel',
    });
    expect(parseChatCommand('topic Design systems')).toEqual({ kind: 'propose', title: 'Design systems' });
    const long = parseChatCommand(`sujet ${'x'.repeat(500)}`);
    expect(long).toEqual({ kind: 'propose', title: 'x'.repeat(MAX_TOPIC_TITLE) });
  });

  it('asks for a title when sujet comes alone', () => {
    expect(parseChatCommand('sujet')).toEqual({ kind: 'missingTitle' });
    expect(parseChatCommand('sujet    ')).toEqual({ kind: 'missingTitle' });
  });

  it('names an unknown word, and refuses extra words after a one-word command', () => {
    expect(parseChatCommand('bonjour')).toEqual({ kind: 'unknown', word: 'bonjour' });
    expect(parseChatCommand('oui merci')).toEqual({ kind: 'unknown', word: 'oui' });
  });
});
