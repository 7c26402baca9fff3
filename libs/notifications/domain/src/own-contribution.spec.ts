import { renderEmail } from './render';
import { sampleRenderContext } from './sample-context';
import type { RenderContext } from './render-context';

const contributions = (ownIndex: number | null): NonNullable<RenderContext['contributions']> => [
  {
    memberName: 'Chloé Bernard',
    role: 'contributor',
    kind: 'talk',
    title: 'Le RGAA en 20 minutes',
    materialsUrl: null,
    workshop: null,
    missing: ['materials'],
    mine: ownIndex === 0,
  },
  {
    memberName: 'David Petit',
    role: 'contributor',
    kind: 'demo',
    title: null,
    materialsUrl: null,
    workshop: null,
    missing: ['title', 'materials'],
    mine: ownIndex === 1,
  },
];

describe("the reader's own contribution", () => {
  it("never shows the guide a contributor's contribution as theirs, and shows them where each contribution stands", () => {
    const text = renderEmail('prepReminder', { ...sampleRenderContext('fr'), contributions: contributions(null) }).text;
    expect(text).not.toContain('Votre contribution');
    const standing = text.slice(text.indexOf('Où en sont les contributions'));
    expect(standing).toMatch(/Chloé Bernard.*Le RGAA en 20 minutes.*les supports/);
    expect(standing).toMatch(/David Petit.*le titre et les supports/);
  });

  it('shows a contributor their own part, not the first of the list', () => {
    const text = renderEmail('prepReminder', { ...sampleRenderContext('en'), contributions: contributions(1) }).text;
    expect(text).toContain('Your contribution: no title yet [demo]');
    // The others' parts follow as theirs, never as the reader's.
    expect(text.slice(text.indexOf('The other contributions:'))).toContain('Chloé Bernard (contributor): "Le RGAA en 20 minutes"');
    expect(text).not.toContain('Where the contributions stand');
  });

  it("names the newly named person's own role, with the team after it", () => {
    const ctx = {
      ...sampleRenderContext('fr'),
      contributions: [{ memberName: 'Bruno Martin', role: 'guide' as const, missing: [], mine: false }, ...contributions(1)],
    };
    const text = renderEmail('roleAssigned', ctx).text;
    expect(text).toContain('Vous êtes nommé·e contributeur·rice pour');
    expect(text).toContain('Bruno Martin (guide)');
  });
});
