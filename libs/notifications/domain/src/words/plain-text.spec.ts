import { MESSAGE_KINDS } from '../message-kind';
import { renderEmail } from '../render';
import type { Language, RenderContext } from '../render-context';
import { sampleRenderContext } from '../sample-context';
import { plainTextBlocks } from './plain-text';

const every = MESSAGE_KINDS.flatMap((kind) => (['fr', 'en'] as const).map((language) => [kind, language] as const));

// A sparse context empties every optional block: what is left must still be laid out.
function sparse(language: Language): RenderContext {
  const full = sampleRenderContext(language);
  return {
    ...full,
    occurrence: {
      ...full.occurrence,
      location: undefined,
      theme: null,
      agenda: [],
      topics: [],
      previousStartsAt: null,
      cancellationReason: null,
      registrationClosesAt: null,
    },
    roles: undefined,
    nextRoles: undefined,
    contributions: [],
    notes: [],
    deadline: undefined,
    links: { preferences: full.links.preferences },
  };
}

// The facts block (when, where, theme, roles) and lists are blocks of their own: a call to action written
// right below one of their lines would read as part of it. A call to action may follow a sentence of its own block.
const FACT_OR_ITEM =
  /^(- |Quand :|Où :|Thème :|Guide :|Contributeur·rices :|Date :|Ancienne date :|When:|Where:|Theme:|Guide:|Contributors:|Date:|Previous date:)/;
const callToAction = (line: string) => /https?:\/\//.test(line) && !/^(- |Supports|Materials|Gérer|Ne plus|Manage|Stop)/.test(line);

function gluedLines(text: string): string[] {
  const lines = text.split('\n');
  return lines.filter((line, i) => {
    const before = lines[i - 1] ?? '';
    if (/^(Quand :|When:)/.test(line)) return before !== '';
    return callToAction(line) && FACT_OR_ITEM.test(before);
  });
}

describe('plainTextBlocks', () => {
  it('finds a call to action glued to the facts block or to a list', () => {
    expect(gluedLines('Quand : jeudi\nS’inscrire : https://x.example/r')).toEqual(['S’inscrire : https://x.example/r']);
    expect(gluedLines('- Chloé\nRépondre : https://x.example/r')).toEqual(['Répondre : https://x.example/r']);
    expect(gluedLines('Bonjour,\nQuand : jeudi')).toEqual(['Quand : jeudi']);
    expect(gluedLines('Il manque le titre.\nRenseigner : https://x.example/c')).toEqual([]);
  });

  it('folds runs of blank lines into one, drops trailing spaces and never glues the footer to the last block', () => {
    expect(plainTextBlocks('Bonjour,\n\n\n\nTexte.  \nSuite\n—\npied\n')).toBe('Bonjour,\n\nTexte.\nSuite\n\n—\npied\n');
  });

  it.each(every)('lays out %s (%s) as blocks one blank line apart, with every block filled or none', (kind, language) => {
    for (const ctx of [sampleRenderContext(language), sparse(language)]) {
      const { text } = renderEmail(kind, ctx);
      expect(text).not.toMatch(/\n\n\n/);
      expect(text).toMatch(/^(Bonjour|Hello) [^\n]+,\n\n\S/);
      expect(text).toMatch(/\S\n\n—\n/);
      expect(gluedLines(text)).toEqual([]);
    }
  });
});
