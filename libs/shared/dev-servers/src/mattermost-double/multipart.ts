/** One part of a multipart/form-data body: a plain field (no filename) or a file. */
export interface FormPart {
  name: string;
  filename?: string;
  contentType: string;
  content: Buffer;
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]).trim() : undefined;
}

/**
 * Parses a multipart/form-data body (RFC 7578). Parts are separated by CRLF "--boundary"; the last
 * delimiter is followed by "--". Content is binary, so the search works on bytes, not strings.
 * Throws on a body without the boundary or with a part that has no headers or no name.
 */
export function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  // Anything before the first delimiter is a preamble that RFC 2046 tells readers to ignore.
  let start = body.indexOf(delimiter);
  if (start === -1) throw new Error('multipart body does not contain the boundary');
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') return parts;
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), afterDelimiter);
    if (next === -1) throw new Error('multipart body has no closing boundary');
    parts.push(parsePart(body.subarray(afterDelimiter + 2, next)));
    start = next + 2;
  }
  return parts;
}

function parsePart(raw: Buffer): FormPart {
  const headerEnd = raw.indexOf('\r\n\r\n');
  if (headerEnd === -1) throw new Error('multipart part has no header block');
  const headers = new Map<string, string>();
  for (const line of raw.subarray(0, headerEnd).toString('utf8').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get('content-disposition') ?? '';
  const name = paramOf(disposition, 'name');
  if (name === undefined) throw new Error('multipart part has no name');
  return {
    name,
    filename: paramOf(disposition, 'filename'),
    contentType: headers.get('content-type') ?? 'text/plain',
    content: raw.subarray(headerEnd + 4),
  };
}

// Browsers and undici escape a quote inside a quoted filename as %22 (WHATWG rule), not with a backslash.
function paramOf(header: string, param: string): string | undefined {
  const match =
    new RegExp(`(?:^|;)\\s*${param}="([^"]*)"`, 'i').exec(header) ?? new RegExp(`(?:^|;)\\s*${param}=([^;]*)`, 'i').exec(header);
  return match ? match[1].replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n') : undefined;
}
