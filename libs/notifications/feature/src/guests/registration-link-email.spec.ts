import type { PayloadOf } from '@cercle/contracts';
import { composeRegistrationLinkEmail } from './registration-link-email';

const from = { name: 'Cercle', email: 'cercle@example.org' };
const requested: PayloadOf<'registration.link-requested'> = {
  requestId: '3f2b8c1e-9d4a-4e57-8a0b-6c1d2e3f4a5b',
  purpose: 'confirm',
  email: 'zoe@example.org',
  name: 'Zoé',
  language: 'fr',
  occurrenceTitle: 'Rencontres ALLiaNCE',
  // 10:00 in Paris (winter time).
  startsAt: '2027-03-18T09:00:00.000Z',
  timeZone: 'Europe/Paris',
  location: 'Ségur, Paris',
  url: 'https://cercle.example.org/join/confirm/abc.def',
  expiresAt: '2027-03-03T09:00:00.000Z',
};

describe('the email of a request made on a public registration page', () => {
  it('asks someone new to confirm, with the occurrence, the link and its deadline, one blank line between blocks', () => {
    const email = composeRegistrationLinkEmail(requested, from);
    expect(email.to).toEqual({ name: 'Zoé', email: 'zoe@example.org' });
    expect(email.subject).toBe('Confirmez votre inscription à la rencontre « Rencontres ALLiaNCE »');
    expect(email.text).toContain('le jeudi 18 mars 2027 à 10:00 (heure de Paris), Ségur, Paris.');
    expect(email.text).toContain(
      'avant le mercredi 3 mars 2027 à 10:00 (heure de Paris) :\nhttps://cercle.example.org/join/confirm/abc.def',
    );
    expect(email.text).toContain('Rien n’est enregistré tant que vous ne l’avez pas ouvert.');
    expect(email.text).not.toMatch(/\n\n\n/);
    expect(email.html).toContain('href="https://cercle.example.org/join/confirm/abc.def"');
  });

  it('gives someone known their own link, without a confirmation to make, in English when asked', () => {
    const email = composeRegistrationLinkEmail(
      { ...requested, purpose: 'personal', language: 'en', url: 'https://cercle.example.org/r/tok' },
      from,
    );
    expect(email.subject).toBe('Your registration link for “Rencontres ALLiaNCE”');
    expect(email.text).toContain('This community already knows you');
    expect(email.text).not.toContain('Nothing is recorded');
    expect(email.headers).toEqual({ 'X-Cercle-Kind': 'registration-link-personal' });
  });

  it('escapes what a stranger typed in the HTML', () => {
    const email = composeRegistrationLinkEmail({ ...requested, name: '<script>x</script>' }, from);
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
  });
});
