import { topicKindSchema } from './format';
import { getFormat } from './built-in-formats';
import { isHostedKind, rulesOf, topicKindsOf } from './format-offer';

describe('what a format offers people', () => {
  it("offers each built-in format's own contribution kinds, never the other's", () => {
    expect(topicKindsOf(getFormat('open-forum'))).toEqual(getFormat('open-forum').contributionKinds.map((k) => k.id));
    expect(topicKindsOf(getFormat('open-forum'))).not.toContain('talk');
    expect(topicKindsOf(getFormat('peer-group'))).toEqual(['talk', 'demo', 'experienceReport', 'invitedExpert']);
  });

  it('offers every kind for a format that declares none (an organiser-defined one)', () => {
    expect(topicKindsOf({ contributionKinds: [] })).toEqual(topicKindSchema.options);
  });

  it('treats a workshop as hosted by whoever proposes it, and a talk not', () => {
    expect(isHostedKind('workshop')).toBe(true);
    expect(isHostedKind('talk')).toBe(false);
  });

  it("carries the open forum's principles and attendance rules, and nothing for a format without rules", () => {
    const forum = getFormat('open-forum');
    expect(rulesOf(forum)).toEqual({ principles: forum.principles, attendanceRules: forum.attendanceRules });
    expect(rulesOf({})).toBeNull();
    expect(rulesOf({ attendanceRules: { fr: ['Ouvert à tous'], en: ['Open to all'] } })).toEqual({
      principles: { fr: [], en: [] },
      attendanceRules: { fr: ['Ouvert à tous'], en: ['Open to all'] },
    });
  });
});
