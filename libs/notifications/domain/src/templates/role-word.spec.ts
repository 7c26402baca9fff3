import { renderChatPost, renderEmail } from '../render';
import type { Contribution, Language, RenderContext } from '../render-context';
import { sampleRenderContext } from '../sample-context';

const WORDS: Record<Language, Record<Contribution['role'], string>> = {
  fr: { guide: 'guide', contributor: 'contributeur·rice', scribe: 'scribe' },
  en: { guide: 'guide', contributor: 'contributor', scribe: 'scribe' },
};
const NAMED: Record<Language, string> = { fr: 'Vous êtes nommé·e', en: 'You are named' };
const NO_LONGER: Record<Language, string> = { fr: 'attendu·e comme', en: 'expected as' };

function withOwnRole(language: Language, role: Contribution['role']): RenderContext {
  return {
    ...sampleRenderContext(language),
    contributions: [
      {
        memberName: 'Camille Dupont',
        memberId: 'me',
        role,
        kind: role === 'guide' ? null : 'talk',
        title: null,
        materialsUrl: null,
        workshop: role === 'scribe' ? 'Atelier A' : null,
        missing: [],
        mine: true,
      },
      {
        memberName: 'David Petit',
        memberId: 'other',
        role: 'contributor',
        kind: 'demo',
        title: null,
        materialsUrl: null,
        workshop: null,
        missing: [],
      },
    ],
  };
}

describe("the role word in a person's role messages", () => {
  for (const language of ['fr', 'en'] as const) {
    for (const role of ['guide', 'contributor', 'scribe'] as const) {
      const word = WORDS[language][role];
      it(`names a new ${role} by their role in ${language}, in the email and the direct message`, () => {
        const ctx = withOwnRole(language, role);
        const email = renderEmail('roleAssigned', ctx);
        expect(email.text).toContain(`${NAMED[language]} ${word} `);
        expect(email.html).toContain(`${NAMED[language]} <strong>${word}</strong> `);
        expect(renderChatPost('roleAssigned', ctx).message).toContain(`${NAMED[language]} ${word}.`);
        expect(email.text).not.toMatch(/nommé·e {2}|named {2}/);
      });

      it(`tells a former ${role} which role they no longer hold in ${language}`, () => {
        const ctx = withOwnRole(language, role);
        expect(renderEmail('roleRemoved', ctx).text).toContain(`${NO_LONGER[language]} ${word}`);
        expect(renderChatPost('roleRemoved', ctx).message).toContain(`${NO_LONGER[language]} ${word}`);
      });
    }
  }

  it('names a person holding two parts by both roles', () => {
    const ctx = withOwnRole('fr', 'guide');
    ctx.contributions = [
      ...(ctx.contributions ?? []),
      {
        memberName: 'Camille Dupont',
        memberId: 'me',
        role: 'contributor',
        kind: 'talk',
        title: null,
        materialsUrl: null,
        workshop: null,
        missing: [],
        mine: true,
      },
    ];
    expect(renderEmail('roleAssigned', ctx).text).toContain('Vous êtes nommé·e guide et contributeur·rice pour');
  });
});
