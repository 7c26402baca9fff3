import { en } from './en';
import { fr } from './fr';

export type Language = 'fr' | 'en';
export type Text = typeof fr;

/**
 * French unless asked otherwise: `--lang en`, or a locale (LC_ALL, then LC_MESSAGES, then LANG, as POSIX
 * reads them) that starts with `en`.
 */
export function languageOf(argv: string[], env: NodeJS.ProcessEnv): Language {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (index >= 0) {
    const value = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
    return value?.toLowerCase().startsWith('en') ? 'en' : 'fr';
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function textFor(language: Language): Text {
  return language === 'en' ? en : fr;
}
