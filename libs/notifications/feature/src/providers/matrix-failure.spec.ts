import { classifyMatrixFailure, matrixTxnId } from './matrix-failure';

describe('classifyMatrixFailure', () => {
  it('retries a rate limit after the homeserver’s retry_after_ms', () => {
    const error = classifyMatrixFailure({ status: 429, errcode: 'M_LIMIT_EXCEEDED', retryAfterMs: 2500, answer: '{}' }, 'PUT /send');
    expect(error).toMatchObject({ permanent: false, retryAfterMs: 2500, statusCode: 429 });
  });

  it('gives up on a refused token, whatever the status says', () => {
    expect(classifyMatrixFailure({ status: 401, errcode: 'M_UNKNOWN_TOKEN', answer: '' }, 'x')).toMatchObject({ permanent: true });
    expect(classifyMatrixFailure({ status: 401, errcode: 'M_MISSING_TOKEN', answer: '' }, 'x')).toMatchObject({ permanent: true });
  });

  it.each([
    [403, 'M_FORBIDDEN', true],
    [404, 'M_NOT_FOUND', true],
    [400, 'M_BAD_JSON', true],
    [408, undefined, false],
    [500, 'M_UNKNOWN', false],
    [502, undefined, false],
  ])('treats %s %s as permanent: %s', (status, errcode, permanent) => {
    expect(classifyMatrixFailure({ status, errcode, answer: '' }, 'x').permanent).toBe(permanent);
  });

  it('retries when nothing reached the homeserver, and cuts long answers', () => {
    const error = classifyMatrixFailure({ answer: 'x'.repeat(2000) }, 'GET /whoami');
    expect(error).toMatchObject({ permanent: false, statusCode: undefined });
    expect(error.providerResponse).toHaveLength(500);
  });
});

describe('matrixTxnId', () => {
  it('is the same for the same key and differs between keys', () => {
    expect(matrixTxnId('n1/matrix-post/!room:example.org')).toBe(matrixTxnId('n1/matrix-post/!room:example.org'));
    expect(matrixTxnId('n1/matrix-post/!room:example.org')).not.toBe(matrixTxnId('n1/matrix-post/!room:example.org/file'));
    expect(matrixTxnId('k')).toMatch(/^cercle\.[A-Za-z0-9_-]{32}$/);
  });

  it('is fresh each time without a key', () => {
    expect(matrixTxnId()).not.toBe(matrixTxnId());
  });
});
