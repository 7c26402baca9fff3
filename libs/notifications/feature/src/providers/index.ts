export { DeliveryError } from './delivery-error';
export {
  SmtpEmailSender,
  classifySmtpError,
  type EmailSender,
  type EmailAddress,
  type OutgoingEmail,
  type SmtpEmailSenderOptions,
} from './email-sender';
export {
  MattermostChatSender,
  type ChatSender,
  type JoinedChannel,
  type ChatPost,
  type ChatFile,
  type DirectMessage,
  type MattermostChatSenderOptions,
} from './chat-sender';
export { MatrixChatSender, type MatrixChatSenderOptions } from './matrix-chat-sender';
export { classifyMatrixFailure, matrixTxnId, type MatrixFailure } from './matrix-failure';
export { ClassifyingClient4, classifyHttpFailure, retryAfterMs, type Fetch } from './mattermost-client';
export { noDelaySocket } from './no-delay-socket';
