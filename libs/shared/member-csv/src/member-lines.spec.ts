import { readMemberLines } from './member-lines';

describe('readMemberLines', () => {
  it('reads a French spreadsheet export: semicolons, a BOM, CRLF, accented headers and quoted cells', () => {
    const text =
      '\uFEFFNom;Courriel;Identifiant Mattermost;Langue\r\n"Lefèvre; Alix";ALIX@Example.org;@Alix;Français\r\nNoa;noa@example.org;;\r\n';
    const read = readMemberLines(text);
    expect(read).toEqual({
      ok: true,
      rejected: [],
      members: [
        { line: 2, member: { name: 'Lefèvre; Alix', email: 'alix@example.org', mattermostUsername: 'alix', language: 'fr' } },
        { line: 3, member: { name: 'Noa', email: 'noa@example.org', mattermostUsername: null } },
      ],
    });
  });

  it('numbers lines as the file does, even after a quoted cell spanning two lines and a blank line', () => {
    const text = 'name,email\n"Alix\nLefèvre",alix@example.org\n\nNoa,not-an-address\n';
    const read = readMemberLines(text);
    expect(read.ok && read.members.map((m) => m.line)).toEqual([2]);
    expect(read.ok && read.rejected).toEqual([{ line: 5, code: 'email-invalid', value: 'not-an-address' }]);
  });

  it('rejects each bad line with its reason and keeps the first of two lines with one email', () => {
    const text = [
      'name,email,mattermost,language',
      'A,a@example.org,,',
      ',b@example.org,,',
      'C,A@example.org,,',
      'D,d@example.org,Bad Name,',
      'E,e@example.org,,de',
      'F,f@example.org',
    ].join('\n');
    const read = readMemberLines(text);
    expect(read.ok && read.members.map((m) => m.member.email)).toEqual(['a@example.org']);
    expect(read.ok && read.rejected).toEqual([
      { line: 3, code: 'name-missing' },
      { line: 4, code: 'email-duplicate', value: 'a@example.org', firstLine: 2 },
      { line: 5, code: 'mattermost-invalid', value: 'Bad Name' },
      { line: 6, code: 'language-invalid', value: 'de' },
      { line: 7, code: 'cell-count', expected: 4, found: 2 },
    ]);
  });

  it('lists every problem of a header at once', () => {
    expect(readMemberLines('nom,adresse,nom\nA,a@example.org,B\n')).toEqual({
      ok: false,
      empty: false,
      problems: [
        { kind: 'unknown', column: 'adresse' },
        { kind: 'duplicate', column: 'nom' },
        { kind: 'missing', column: 'email' },
      ],
    });
  });

  it('tells an empty file from a bad one', () => {
    expect(readMemberLines('\n\n')).toEqual({ ok: false, empty: true });
  });
});
