import { randomBytes } from 'node:crypto';

// Mattermost's model.NewId(): a UUID's 16 bytes in base32 with this alphabet, padding dropped: 26 chars.
const ALPHABET = 'ybndrfg8ejkmcpqxot1uwisza345h769';

export function newMattermostId(): string {
  const bytes = randomBytes(16);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** The JSON body of a Mattermost AppError, as the server writes it for every 4xx/5xx it answers itself. */
export interface MattermostErrorBody {
  id: string;
  message: string;
  detailed_error: string;
  request_id: string;
  status_code: number;
}

/** A failure a route handler raises; the server turns it into a MattermostErrorBody. */
export class MattermostApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errorId: string,
    message: string,
    readonly detailedError = '',
  ) {
    super(message);
  }

  toBody(requestId: string): MattermostErrorBody {
    return {
      id: this.errorId,
      message: this.message,
      detailed_error: this.detailedError,
      request_id: requestId,
      status_code: this.statusCode,
    };
  }
}

// The ids and messages a real server uses for the failures the double reproduces.
export const apiErrors = {
  sessionExpired: () =>
    new MattermostApiError(401, 'api.context.session_expired.app_error', 'Invalid or expired session, please login again.'),
  forbidden: () => new MattermostApiError(403, 'api.context.permissions.app_error', 'You do not have the appropriate permissions.'),
  channelNotFound: (id: string) =>
    new MattermostApiError(404, 'app.channel.get.existing.app_error', 'Unable to find the existing channel.', `channel_id=${id}`),
  postNotFound: () => new MattermostApiError(404, 'app.post.get.app_error', 'Unable to get the post.'),
  teamNotFound: (id: string) =>
    new MattermostApiError(404, 'app.team.get.find.app_error', 'We couldn’t find the existing team.', `id=${id}`),
  userNotFound: () => new MattermostApiError(404, 'app.user.missing_account.const', 'Unable to find the user.'),
  invalidBody: (param: string, detail = '') =>
    new MattermostApiError(400, 'api.context.invalid_body_param.app_error', `Invalid or missing ${param} in request body.`, detail),
  invalidParam: (param: string) => new MattermostApiError(400, 'api.context.invalid_param.app_error', `Invalid ${param} parameter.`),
  invalidRootId: () => new MattermostApiError(400, 'api.post.create_post.root_id.app_error', 'Invalid RootId parameter.'),
  notFound: () => new MattermostApiError(404, 'api.context.404.app_error', 'Sorry, we could not find the page.'),
  tooLarge: () => new MattermostApiError(413, 'api.context.request_body_too_large.app_error', 'Request body too large.'),
  internal: (detail = '') => new MattermostApiError(500, 'app.double.injected_failure.app_error', 'An internal error occurred.', detail),
};
