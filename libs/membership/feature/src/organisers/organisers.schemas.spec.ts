import { createOrganiserBody, createTokenBody, expiryOf } from './organisers.schemas';

describe('token expiry', () => {
  const now = new Date('2027-03-30T22:30:00.000Z');

  it('never expires when neither a number of days nor a date is given', () => {
    expect(expiryOf({}, now)).toBeNull();
  });

  it('counts days as 24-hour periods from the request', () => {
    expect(expiryOf({ expiresInDays: 2 }, now)?.toISOString()).toBe('2027-04-01T22:30:00.000Z');
  });

  it('keeps the date given, whatever its offset', () => {
    expect(expiryOf({ expiresAt: '2027-04-01T10:00:00+02:00' }, now)?.toISOString()).toBe('2027-04-01T08:00:00.000Z');
  });

  it('rejects unknown fields so that a misspelt readOnly cannot give a writing token', () => {
    const result = createTokenBody.safeParse({ name: 'ci', readonly: true });
    expect(result.success).toBe(false);
  });
});

describe('organiser creation body', () => {
  it('stores the email lower-case and trimmed', () => {
    expect(createOrganiserBody.parse({ name: 'Camille', email: ' Camille@Example.ORG ' }).email).toBe('camille@example.org');
  });

  it('refuses something that is not an email, naming the field', () => {
    const result = createOrganiserBody.safeParse({ name: 'Camille', email: 'camille' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['email']);
  });
});
