import { boundaryOf, parseMultipart } from './multipart';

describe('parseMultipart', () => {
  it('reads fields and binary files as FormData encodes them', async () => {
    const form = new FormData();
    form.append('channel_id', 'abc');
    const bytes = Buffer.from([0, 13, 10, 45, 45, 255]); // includes CRLF and "--" inside the content
    form.append('files', new Blob([bytes], { type: 'application/octet-stream' }), 'a "b".bin');
    const request = new Request('http://x', { method: 'POST', body: form });
    const body = Buffer.from(await request.arrayBuffer());
    const boundary = boundaryOf(request.headers.get('content-type') ?? '');

    const parts = parseMultipart(body, boundary as string);

    expect(parts.map((p) => p.name)).toEqual(['channel_id', 'files']);
    expect(parts[0].content.toString()).toBe('abc');
    expect(parts[1]).toMatchObject({ filename: 'a "b".bin', contentType: 'application/octet-stream' });
    expect(Buffer.compare(parts[1].content, bytes)).toBe(0);
  });

  it('rejects a body without the boundary or without a closing delimiter', () => {
    expect(() => parseMultipart(Buffer.from('hello'), 'xyz')).toThrow('does not contain the boundary');
    expect(() => parseMultipart(Buffer.from('--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue'), 'xyz')).toThrow(
      'no closing boundary',
    );
  });
});
