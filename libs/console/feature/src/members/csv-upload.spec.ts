import { cellCountReason, csvOfUpload, headerProblemText, isUtf16 } from './csv-upload';

const kinds = { unknown: 'colonne inconnue', duplicate: 'colonne en double', missing: 'colonne obligatoire absente' };

describe('a CSV upload', () => {
  it('says a chosen file is empty rather than asking to choose one', () => {
    expect(csvOfUpload({ file: { originalname: 'membres.csv', buffer: Buffer.alloc(0) }, pasted: '' })).toEqual({
      ok: false,
      problem: 'empty-file',
    });
    expect(csvOfUpload({ file: { originalname: 'membres.csv', buffer: Buffer.from('\uFEFF\r\n') } })).toEqual({
      ok: false,
      problem: 'empty-file',
    });
    expect(csvOfUpload({ file: { originalname: '', buffer: Buffer.alloc(0) }, pasted: ' ' })).toEqual({ ok: false, problem: 'nothing' });
  });

  it('reads the file, or the pasted text when no file was chosen', () => {
    expect(csvOfUpload({ file: { originalname: 'm.csv', buffer: Buffer.from('nom;email\n') }, pasted: 'x' })).toEqual({
      ok: true,
      text: 'nom;email\n',
    });
    expect(csvOfUpload({ pasted: 'nom;email\n' })).toEqual({ ok: true, text: 'nom;email\n' });
  });

  it('refuses a UTF-16 file, with or without its byte-order mark', () => {
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('nom;email\r\n', 'utf16le')]);
    expect(csvOfUpload({ file: { originalname: 'm.csv', buffer: withBom } })).toEqual({ ok: false, problem: 'utf16' });
    expect(isUtf16(Buffer.from('nom;email\r\nAlix;alix@example.org\r\n', 'utf16le'))).toBe(true);
    expect(isUtf16(Buffer.from('\uFEFFnom;email\r\nAlix;alix@example.org\r\n', 'utf8'))).toBe(false);
  });

  it('names a missing required column by the French words the page documents', () => {
    expect(headerProblemText({ kind: 'missing', column: 'name' }, kinds, 'fr')).toBe('colonne obligatoire absente « nom » (ou « name »)');
    expect(headerProblemText({ kind: 'missing', column: 'email' }, kinds, 'fr')).toBe(
      'colonne obligatoire absente « email » (ou « courriel »)',
    );
    expect(headerProblemText({ kind: 'unknown', column: 'Prénom' }, kinds, 'fr')).toBe('colonne inconnue « Prénom »');
  });

  it('agrees a count of cells with its number', () => {
    expect(cellCountReason({ line: 3, code: 'cell-count', found: 1, expected: 2 }, 'fr')).toBe('1 cellule au lieu de 2');
    expect(cellCountReason({ line: 3, code: 'cell-count', found: 3, expected: 2 }, 'fr')).toBe('3 cellules au lieu de 2');
    expect(cellCountReason({ line: 3, code: 'cell-count', found: 1, expected: 2 }, 'en')).toBe('1 cell instead of 2');
  });
});
