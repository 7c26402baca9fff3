import { Command, CommanderError } from 'commander';
import { usageMessage } from './usage-errors';

/** The error commander itself raises for `args` on a small program. */
function commanderError(args: string[]): CommanderError {
  const program = new Command('cercle').exitOverride().configureOutput({ outputError: () => undefined });
  program
    .command('import')
    .argument('<file>')
    .requiredOption('--community <id>')
    .action(() => undefined);
  try {
    program.parse(args, { from: 'user' });
  } catch (error) {
    return error as CommanderError;
  }
  throw new Error(`commander accepted ${args.join(' ')}`);
}

describe('usageMessage', () => {
  it('says in French what is wrong, quoting the option or command as given', () => {
    expect(usageMessage(commanderError(['import', 'a.csv']), 'fr')).toBe(
      'option obligatoire absente : « --community <id> » (voir cercle --help)',
    );
    expect(usageMessage(commanderError(['frobnicate']), 'fr')).toBe('commande inconnue : « frobnicate » (voir cercle --help)');
    expect(usageMessage(commanderError(['import', 'a.csv', '--community', 'x', '--nope']), 'fr')).toBe(
      'option inconnue : « --nope » (voir cercle --help)',
    );
  });

  it('keeps commander’s own words in English', () => {
    expect(usageMessage(commanderError(['import', 'a.csv']), 'en')).toBe(
      "required option '--community <id>' not specified (see cercle --help)",
    );
  });
});
