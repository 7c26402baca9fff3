import pino, { Logger } from 'pino';
import type { LoggerService } from '@nestjs/common';

/** Secrets never reach a log line, wherever they appear in a logged object. */
const redact = {
  paths: [
    'token',
    '*.token',
    '*.*.token',
    'botToken',
    '*.botToken',
    'password',
    '*.password',
    'secret',
    '*.secret',
    'authorization',
    '*.authorization',
    'headers.authorization',
    'req.headers.authorization',
    'LINK_SECRET',
    '*.LINK_SECRET',
    'MATTERMOST_TOKEN',
    '*.MATTERMOST_TOKEN',
    'MATRIX_ACCESS_TOKEN',
    '*.MATRIX_ACCESS_TOKEN',
    'accessToken',
    '*.accessToken',
    'DATABASE_URL',
    '*.DATABASE_URL',
    'CONSOLE_SECRET',
    '*.CONSOLE_SECRET',
    'OIDC_CLIENT_SECRET',
    '*.OIDC_CLIENT_SECRET',
  ],
  censor: '[redacted]',
};

/** `destination` serves tests that read what was logged (stdout otherwise). */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options = { name: service, level, redact, base: { service } };
  return destination ? pino(options, destination) : pino(options);
}

/** Routes NestJS's own log lines through pino so that every line is structured JSON. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}

export const LOGGER = Symbol('LOGGER');
export type { Logger };
