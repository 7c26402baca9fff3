/** Use-case errors of notifications; HttpErrorFilter answers with their status, in one place. */
export class NotificationsError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'NotificationsError';
  }
}

export const notFound = (what: string, id: string) => new NotificationsError(`${what}-not-found`, 404, `${what} ${id} does not exist`);
export const conflict = (code: string, message: string) => new NotificationsError(code, 409, message);
