import { getFormat } from '../formats/built-in-formats';
import { roleChange, teamProblems } from './role-change';

const peerGroupRoles = getFormat('peer-group').roles.map((role) => role.id);
const openForumRoles = getFormat('open-forum').roles.map((role) => role.id);

describe('a change of guide or contributors', () => {
  it('names the newcomers, the people removed and those who stay', () => {
    const change = roleChange({ guide: 'g', contributors: ['a', 'b'] }, { guide: 'g', contributors: ['a', 'c'] });
    expect(change).toEqual({
      newlyNamed: [{ memberId: 'c', role: 'contributor' }],
      removed: [{ memberId: 'b', role: 'contributor' }],
      stayed: ['g', 'a'],
    });
  });

  it('counts someone moved from contributor to guide as newly named, and the former guide as removed', () => {
    const change = roleChange({ guide: 'g', contributors: ['a'] }, { guide: 'a', contributors: [] });
    expect(change).toEqual({ newlyNamed: [{ memberId: 'a', role: 'guide' }], removed: [{ memberId: 'g', role: 'guide' }], stayed: [] });
  });

  it('sees nothing to tell when the same team is set again', () => {
    expect(roleChange({ guide: 'g', contributors: ['a'] }, { guide: 'g', contributors: ['a'] })).toEqual({
      newlyNamed: [],
      removed: [],
      stayed: ['g', 'a'],
    });
  });

  it('refuses one person as guide and contributor, and a contributor named twice', () => {
    expect(teamProblems({ guide: 'g', contributors: ['a', 'g', 'a'] }, peerGroupRoles)).toEqual([
      { code: 'contributor-named-twice', memberId: 'a', role: 'contributor' },
      { code: 'guide-also-contributor', memberId: 'g', role: 'guide' },
    ]);
    expect(teamProblems({ guide: null, contributors: ['a', 'b'] }, peerGroupRoles)).toEqual([]);
  });

  it('refuses a guide when the format has no guide role (an open forum), and accepts its contributors', () => {
    expect(teamProblems({ guide: 'g', contributors: ['a'] }, openForumRoles)).toEqual([
      { code: 'role-not-in-format', memberId: 'g', role: 'guide' },
    ]);
    expect(teamProblems({ guide: null, contributors: ['a'] }, openForumRoles)).toEqual([]);
  });

  it('refuses contributors when the format has no contributor role', () => {
    expect(teamProblems({ guide: 'g', contributors: ['a', 'b'] }, ['guide', 'participant'])).toEqual([
      { code: 'role-not-in-format', memberId: 'a', role: 'contributor' },
    ]);
  });
});
