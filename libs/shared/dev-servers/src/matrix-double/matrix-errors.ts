/** The JSON body of a Matrix error, as a homeserver writes it for every 4xx/5xx. */
export interface MatrixErrorBody {
  errcode: string;
  error: string;
  retry_after_ms?: number;
  soft_logout?: boolean;
}

/** A failure a route raises; the server turns it into a MatrixErrorBody. */
export class MatrixApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errcode: string,
    message: string,
    readonly extra: Partial<MatrixErrorBody> = {},
  ) {
    super(message);
  }

  toBody(): MatrixErrorBody {
    return { errcode: this.errcode, error: this.message, ...this.extra };
  }
}

// The codes and wordings Synapse uses for the cases the double meets.
export const matrixErrors = {
  missingToken: () => new MatrixApiError(401, 'M_MISSING_TOKEN', 'Missing access token.'),
  unknownToken: () => new MatrixApiError(401, 'M_UNKNOWN_TOKEN', 'Invalid access token passed.', { soft_logout: false }),
  unrecognized: () => new MatrixApiError(404, 'M_UNRECOGNIZED', 'Unrecognized request'),
  forbidden: (message: string) => new MatrixApiError(403, 'M_FORBIDDEN', message),
  notFound: (message: string) => new MatrixApiError(404, 'M_NOT_FOUND', message),
  notJson: () => new MatrixApiError(400, 'M_NOT_JSON', 'Content not JSON.'),
  badJson: (message: string) => new MatrixApiError(400, 'M_BAD_JSON', message),
  invalidParam: (message: string) => new MatrixApiError(400, 'M_INVALID_PARAM', message),
  tooLarge: () => new MatrixApiError(413, 'M_TOO_LARGE', 'Upload request body too large'),
  limitExceeded: (retryAfterMs: number) =>
    new MatrixApiError(429, 'M_LIMIT_EXCEEDED', 'Too Many Requests', { retry_after_ms: retryAfterMs }),
  unknown: (status: number, message: string) => new MatrixApiError(status, 'M_UNKNOWN', message),
};

export const USER_ID = /^@[a-z0-9._=\-/+]+:[A-Za-z0-9.-]+(:\d{1,5})?$/;
export const ROOM_ID = /^![A-Za-z0-9._~+/=-]+(:[A-Za-z0-9.-]+(:\d{1,5})?)?$/;
