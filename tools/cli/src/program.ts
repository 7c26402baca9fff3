import { Command, Option } from 'commander';
import { createCommunity, listCommunities } from './commands/communities';
import { deliveriesFailed } from './commands/deliveries';
import { doctor } from './commands/doctor';
import { init } from './commands/init';
import { importMembers } from './commands/members-import';
import { advanceOccurrence, cancelOccurrence, listOccurrences, rescheduleOccurrence, showOccurrence } from './commands/occurrences';
import { createSeries, listSeries } from './commands/series';
import { Context, contextFor } from './context';
import type { Language } from './text/text';

/** What an action does; it answers an exit code, or nothing for 0. Errors are reported by `main`. */
type Action = (ctx: Context, ...args: any[]) => Promise<number | void>;

/**
 * The commands, their options and their help, in the user's language (known before parsing, so the
 * help itself is translated). Each action gets a Context built from the global options.
 */
export function buildProgram(language: Language, onContext: (ctx: Context) => void): Command {
  const program = new Command('cercle');
  const text = contextFor({}, language).text;
  const h = text.help;
  const action =
    (run: Action) =>
    async (...args: any[]) => {
      const command = args[args.length - 1] as Command;
      const ctx = contextFor(command.optsWithGlobals(), language);
      onContext(ctx);
      const code = await run(ctx, ...args.slice(0, -2), args[args.length - 2]);
      if (code) process.exitCode = code;
    };

  program
    .description(h.program)
    .option('--json', h.json)
    .addOption(new Option('--lang <lang>', h.lang).choices(['fr', 'en']))
    .option('--config <file>', h.config)
    .helpOption('-h, --help', h.helpOption)
    .helpCommand('help [command]', h.helpCommand)
    .addHelpText('after', `\n${h.exitCodes}`)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });

  program
    .command('init')
    .description(h.init)
    .requiredOption('--name <name>', h.initName)
    .option('--email <email>', h.initEmail)
    .option('--api-url <url>', h.initApiUrl)
    .option('--admin-token <token>', h.initAdminToken)
    .option('--force', h.initForce)
    .action(action((ctx, options) => init(ctx, options)));

  const communities = program.command('communities').description(h.communities);
  communities
    .command('list', { isDefault: true })
    .description(h.communitiesList)
    .action(action((ctx) => listCommunities(ctx)));
  communities
    .command('create')
    .description(h.communitiesCreate)
    .requiredOption('--name <name>', h.communityName)
    .option('--mattermost-channel <id>', h.communityChannel)
    .option('--matrix-room <id>', h.communityMatrixRoom)
    .option('--chat <mattermost|matrix|both>', h.communityChat)
    .option('--language <fr|en>', h.communityLanguage)
    .action(action((ctx, options) => createCommunity(ctx, options)));

  const members = program.command('members').description(h.members);
  members
    .command('import')
    .description(h.membersImport)
    .argument('<file>')
    .requiredOption('--community <id>', h.membersCommunity)
    .option('--dry-run', h.membersDryRun)
    .action(action((ctx, file, options) => importMembers(ctx, file, options)));

  const series = program.command('series').description(h.series);
  series
    .command('list')
    .description(h.seriesList)
    .requiredOption('--community <id>', h.membersCommunity)
    .action(action((ctx, options) => listSeries(ctx, options)));
  series
    .command('create')
    .description(h.seriesCreate)
    .requiredOption('--community <id>', h.membersCommunity)
    .requiredOption('--format <format>', h.seriesFormat)
    .option('--title <title>', h.seriesTitle)
    .option('--first-date <date>', h.seriesFirstDate)
    .option('--rrule <rule>', h.seriesRrule)
    .option('--start-time <HH:mm>', h.seriesStartTime)
    .option('--time-zone <zone>', h.seriesTimeZone)
    .option('--duration <minutes>', h.seriesDuration)
    .option('--location <place>', h.seriesLocation)
    .option('--capacity <places>', h.seriesCapacity)
    .option('--theme <theme>', h.seriesTheme)
    .action(action((ctx, options) => createSeries(ctx, options)));

  const occurrences = program.command('occurrences').description(h.occurrences);
  occurrences
    .command('list')
    .description(h.occurrencesList)
    .requiredOption('--series <id>', h.occurrencesSeries)
    .action(action((ctx, options) => listOccurrences(ctx, options)));
  occurrences
    .command('show')
    .description(h.occurrencesShow)
    .argument('<id>')
    .action(action((ctx, id) => showOccurrence(ctx, id)));
  occurrences
    .command('advance')
    .description(h.occurrencesAdvance)
    .argument('<id>')
    .action(action((ctx, id) => advanceOccurrence(ctx, id)));
  occurrences
    .command('reschedule')
    .description(h.occurrencesReschedule)
    .argument('<id>')
    .requiredOption('--to <YYYY-MM-DDTHH:mm>', h.occurrencesTo)
    .option('--duration <minutes>', h.seriesDuration)
    .action(action((ctx, id, options) => rescheduleOccurrence(ctx, id, options)));
  occurrences
    .command('cancel')
    .description(h.occurrencesCancel)
    .argument('<id>')
    .requiredOption('--reason <text>', h.occurrencesReason)
    .action(action((ctx, id, options) => cancelOccurrence(ctx, id, options)));

  const deliveries = program.command('deliveries').description(h.deliveries);
  deliveries
    .command('failed')
    .description(h.deliveriesFailed)
    .option('--resend', h.deliveriesResend)
    .option('--occurrence <id>', h.deliveriesOccurrence)
    .action(action((ctx, options) => deliveriesFailed(ctx, options)));

  program
    .command('doctor')
    .description(h.doctor)
    .action(action((ctx) => doctor(ctx)));
  return program;
}
