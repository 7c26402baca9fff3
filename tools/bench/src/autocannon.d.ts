// autocannon ships no types; only what the HTTP load bench (http-load.ts) uses is declared.
declare module 'autocannon' {
  interface CannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: CannonRequest, context: Record<string, unknown>) => CannonRequest;
  }

  interface CannonOptions {
    url: string;
    connections: number;
    overallRate: number;
    duration: number;
    ignoreCoordinatedOmission?: boolean;
    timeout?: number;
    requests: CannonRequest[];
  }

  /** R: the fields of the result the caller reads (see CannonResult in http-summary.ts). */
  function autocannon<R>(options: CannonOptions): Promise<R>;
  export = autocannon;
}
