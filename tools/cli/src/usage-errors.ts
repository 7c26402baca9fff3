import type { CommanderError } from 'commander';
import type { Language } from './text/text';

// Commander says these in English; the quoted part (the option, command or value) is kept as it is.
const FRENCH: Record<string, string> = {
  'commander.unknownOption': 'option inconnue',
  'commander.unknownCommand': 'commande inconnue',
  'commander.missingArgument': 'argument manquant',
  'commander.optionMissingArgument': 'valeur manquante pour l’option',
  'commander.missingMandatoryOptionValue': 'option obligatoire absente',
  'commander.invalidArgument': 'valeur invalide',
  'commander.excessArguments': 'trop d’arguments',
};

/** A usage error (bad option, missing argument) in the user's language, with where to find help. */
export function usageMessage(error: CommanderError, language: Language): string {
  const english = error.message.replace(/^error: /, '');
  if (language === 'en') return `${english} (see cercle --help)`;
  const quoted = [...english.matchAll(/'([^']+)'/g)].map((m) => `« ${m[1]} »`).join(', ');
  const said = FRENCH[error.code];
  return said ? `${said}${quoted ? ` : ${quoted}` : ''} (voir cercle --help)` : `${english} (voir cercle --help)`;
}
