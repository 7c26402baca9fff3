/** One field a service refused, as its ZodPipe lists it (`members.3.email`). */
export interface ApiIssue {
  path: string;
  message: string;
  code?: string;
}

/** A service's refusal (4xx/5xx), with what its JSON error body said. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The refused fields by path, for forms to show next to each field. */
  issuesByPath(): Map<string, ApiIssue> {
    return new Map(this.issues.map((issue) => [issue.path, issue]));
  }
}

/** The service could not be reached at all (down, restarting). */
export class ServiceUnavailableError extends Error {
  constructor(
    readonly service: string,
    cause: unknown,
  ) {
    super(`${service} is not answering: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ServiceUnavailableError';
  }
}
