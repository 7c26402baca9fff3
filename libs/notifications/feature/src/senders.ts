import { Inject, Injectable, OnApplicationShutdown, Provider } from '@nestjs/common';
import { SERVICE_CONFIG } from '@cercle/platform';
import { type ChatSender, type EmailSender, MatrixChatSender, MattermostChatSender, SmtpEmailSender } from './providers';
import type { NotificationsConfig } from './notifications.config';

/** The email provider of this service (one pooled SMTP transport). */
export const EMAIL_SENDER = Symbol('EMAIL_SENDER');
/** The Mattermost chat provider, or null when Mattermost is not configured (deliveries are then `skipped`). */
export const CHAT_SENDER = Symbol('CHAT_SENDER');
/** The Matrix chat provider, or null when Matrix is not configured (its deliveries are then `skipped`). */
export const MATRIX_CHAT_SENDER = Symbol('MATRIX_CHAT_SENDER');

export const senderProviders: Provider[] = [
  {
    provide: EMAIL_SENDER,
    inject: [SERVICE_CONFIG],
    useFactory: (config: NotificationsConfig): EmailSender =>
      new SmtpEmailSender({ url: config.SMTP_URL, maxConnections: config.SMTP_POOL_SIZE }),
  },
  {
    provide: CHAT_SENDER,
    inject: [SERVICE_CONFIG],
    useFactory: (config: NotificationsConfig): ChatSender | null =>
      config.MATTERMOST_URL && config.MATTERMOST_TOKEN
        ? new MattermostChatSender({ url: config.MATTERMOST_URL, token: config.MATTERMOST_TOKEN })
        : null,
  },
  {
    provide: MATRIX_CHAT_SENDER,
    inject: [SERVICE_CONFIG],
    useFactory: (config: NotificationsConfig): ChatSender | null =>
      config.MATRIX_HOMESERVER_URL && config.MATRIX_ACCESS_TOKEN
        ? new MatrixChatSender({ homeserverUrl: config.MATRIX_HOMESERVER_URL, accessToken: config.MATRIX_ACCESS_TOKEN })
        : null,
  },
];

/** Closes the SMTP pool on shutdown, after the workers stopped taking jobs. */
@Injectable()
export class SendersShutdown implements OnApplicationShutdown {
  constructor(@Inject(EMAIL_SENDER) private readonly email: EmailSender) {}

  async onApplicationShutdown(): Promise<void> {
    await this.email.close();
  }
}
