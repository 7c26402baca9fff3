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

  it('keeps a topic title as typed, inner spaces and mentions included, and refuses one longer than a topic holds', () => {
    expect(parseChatCommand('sujet  Accessibilité  des formulaires @channel ')).toEqual({
      kind: 'propose',
      title: 'Accessibilité  des formulaires @channel',
    });
    expect(parseChatCommand('topic Design systems')).toEqual({ kind: 'propose', title: 'Design systems' });
    expect(parseChatCommand(`sujet ${'é'.repeat(MAX_TOPIC_TITLE)}`)).toEqual({ kind: 'propose', title: 'é'.repeat(MAX_TOPIC_TITLE) });
    expect(parseChatCommand(`sujet ${'x'.repeat(MAX_TOPIC_TITLE + 1)}`)).toEqual({ kind: 'titleTooLong', length: MAX_TOPIC_TITLE + 1 });
  });

  it('asks for a title when sujet comes alone', () => {
    expect(parseChatCommand('sujet')).toEqual({ kind: 'missingTitle' });
    expect(parseChatCommand('sujet    ')).toEqual({ kind: 'missingTitle' });
  });

  it('names an unknown word', () => {
    expect(parseChatCommand('bonjour')).toEqual({ kind: 'unknown', word: 'bonjour' });
    expect(parseChatCommand('bonjour oui')).toEqual({ kind: 'unknown', word: 'bonjour' });
  });

  it('reads a command that takes no words by its first word, whatever follows', () => {
    expect(parseChatCommand('Oui merci')).toEqual({ kind: 'register', answer: 'yes' });
    expect(parseChatCommand('peut être bien')).toEqual({ kind: 'register', answer: 'maybe' });
    expect(parseChatCommand('votes extra')).toEqual({ kind: 'votes' });
    expect(parseChatCommand('prêt !')).toEqual({ kind: 'ready' });
  });
});
