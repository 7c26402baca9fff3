import { languageOf } from './text';

describe('languageOf', () => {
  it('is French unless asked otherwise', () => {
    expect(languageOf([], {})).toBe('fr');
    expect(languageOf([], { LANG: 'C.UTF-8' })).toBe('fr');
    expect(languageOf([], { LANG: 'de_DE.UTF-8' })).toBe('fr');
  });

  it('follows --lang first, then LC_ALL, LC_MESSAGES and LANG in the POSIX order', () => {
    expect(languageOf(['--lang', 'en'], { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(languageOf(['--lang=fr'], { LANG: 'en_GB.UTF-8' })).toBe('fr');
    expect(languageOf([], { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(languageOf([], { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(languageOf([], { LC_MESSAGES: 'en_GB.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
  });
});
