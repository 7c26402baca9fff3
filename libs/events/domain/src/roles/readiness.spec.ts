import { missingPrep, prepMessageKind } from './readiness';

describe('contribution readiness', () => {
  it('lists the title and the materials while neither is in', () => {
    expect(missingPrep(null)).toEqual(['title', 'materials']);
    expect(missingPrep({ title: null, materialsUrl: null })).toEqual(['title', 'materials']);
  });

  it('counts a blank title or link as missing', () => {
    expect(missingPrep({ title: '  ', materialsUrl: 'https://slides.example/1' })).toEqual(['title']);
    expect(missingPrep({ title: 'Le legal design', materialsUrl: ' ' })).toEqual(['materials']);
  });

  it('confirms a contributor whose title and materials are in, and nudges the others', () => {
    expect(prepMessageKind({ title: 'Le legal design', materialsUrl: 'https://slides.example/1' })).toBe('prepConfirmation');
    expect(prepMessageKind({ title: 'Le legal design', materialsUrl: null })).toBe('prepReminder');
    expect(prepMessageKind(null)).toBe('prepReminder');
  });
});
