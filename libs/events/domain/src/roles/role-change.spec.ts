import { roleChange, teamProblems } from './role-change';

describe('a change of guide or contributors', () => {
  it('names the newcomers, the people removed and those who stay', () => {
    const change = roleChange({ guide: 'g', contributors: ['a', 'b'] }, { guide: 'g', contributors: ['a', 'c'] });
    expect(change).toEqual({ newlyNamed: [{ memberId: 'c', role: 'contributor' }], removed: [{ memberId: 'b', role: 'contributor' }], stayed: ['g', 'a'] });
  });

  it('counts someone moved from contributor to guide as newly named, and the former guide as removed', () => {
    const change = roleChange({ guide: 'g', contributors: ['a'] }, { guide: 'a', contributors: [] });
    expect(change).toEqual({ newlyNamed: [{ memberId: 'a', role: 'guide' }], removed: [{ memberId: 'g', role: 'guide' }], stayed: [] });
  });

  it('sees nothing to tell when the same team is set again', () => {
    expect(roleChange({ guide: 'g', contributors: ['a'] }, { guide: 'g', contributors: ['a'] })).toEqual({ newlyNamed: [], removed: [], stayed: ['g', 'a'] });
  });

  it('refuses one person as guide and contributor, and a contributor named twice', () => {
    expect(teamProblems({ guide: 'g', contributors: ['a', 'g', 'a'] })).toEqual([
      { code: 'contributor-named-twice', memberId: 'a' },
      { code: 'guide-also-contributor', memberId: 'g' },
    ]);
    expect(teamProblems({ guide: null, contributors: ['a', 'b'] })).toEqual([]);
  });
});
