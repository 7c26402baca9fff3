// Local stand-ins for the outside world (Mattermost, an SMTP server) and a page to look at what they
// received. For tests and the dev launcher/demo tools only: no production service imports this lib.
export { MattermostDouble } from './mattermost-double/mattermost-double';
export type { DoubleFile, LoggedRequest, MattermostDoubleOptions, MattermostFault } from './mattermost-double/mattermost-double';
export type {
  DoubleChannel,
  DoubleFileInfo,
  DoublePost,
  DoubleUser,
  NewChannel,
  NewUser,
  PostFilter,
  SlashCommand,
} from './mattermost-double/mattermost-models';
export type { DoubleSeed } from './mattermost-double/double-seed';
export type { IntegrationOutcome } from './mattermost-double/integrations';
export type { MattermostErrorBody } from './mattermost-double/mattermost-ids';
export { MailCatcher } from './mail-catcher/mail-catcher';
export type { MailCatcherOptions, SmtpRejection } from './mail-catcher/mail-catcher';
export type { CaughtAttachment, CaughtMessage } from './mail-catcher/caught-message';
export { DevInbox } from './dev-inbox/dev-inbox';
export { MatrixDouble } from './matrix-double/matrix-double';
export type { MatrixDoubleOptions, MatrixFault, MatrixLoggedRequest } from './matrix-double/matrix-double';
export type { MatrixDoubleEvent, MatrixDoubleRoom } from './matrix-double/matrix-store';
export type { MatrixErrorBody } from './matrix-double/matrix-errors';
