import { headerSafe } from './header-safe';

describe('headerSafe', () => {
  it('keeps a header injection attempt on one line so no Bcc header appears', () => {
    const safe = headerSafe('Alice\r\nBcc: evil@x');
    expect(safe).toBe('Alice Bcc: evil@x');
    expect(safe).not.toMatch(/[\r\n]/);
  });

  it('drops other control characters and Unicode line separators', () => {
    expect(headerSafe('a\u0000b\tc\u2028d\u0085e')).toBe('a b c d e');
  });

  it('leaves ordinary accented text alone', () => {
    expect(headerSafe('  Rencontres ALLiaNCE — jeudi 12 mars  ')).toBe('Rencontres ALLiaNCE — jeudi 12 mars');
  });
});
