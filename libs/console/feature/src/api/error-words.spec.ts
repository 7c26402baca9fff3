import { issueText, mattermostAnswerText, serviceErrorText } from './error-words';

describe('the services’ refusals in the console’s words', () => {
  it('says a known refusal in French, or in English on the English console, whatever the service wrote', () => {
    const error = { code: 'PLACEMENT_CONFLICT', message: 'Room A is taken from 10:00 to 11:00 by "Intro"' };
    expect(serviceErrorText(error, 'fr')).toBe('Cette salle est déjà prise sur ce créneau.');
    expect(serviceErrorText(error, 'en')).toBe('This room is already taken at that time.');
  });

  it('gives the nearest valid times of a clock change from the refusal’s details', () => {
    const error = {
      code: 'LOCAL_TIME_NONEXISTENT',
      message: '2027-03-28T02:30 does not exist in Europe/Paris',
      details: {
        nearest: [
          { localDateTime: '2027-03-28T01:59', offset: '+01:00' },
          { localDateTime: '2027-03-28T03:00', offset: '+02:00' },
        ],
      },
    };
    expect(serviceErrorText(error, 'fr')).toBe(
      'Cette heure n’existe pas ce jour-là (passage à l’heure d’été) : choisissez une autre heure. Heures valides les plus proches : 2027-03-28 01:59 (UTC+01:00) ou 2027-03-28 03:00 (UTC+02:00).',
    );
  });

  it('keeps the service’s message for a code it does not know', () => {
    expect(serviceErrorText({ code: 'brand-new', message: 'Something new' }, 'fr')).toBe('Something new');
  });

  it.each([
    ['Invalid input: expected string, received undefined', 'Ce champ est obligatoire.'],
    ['Too small: expected string to have >=3 characters', 'Saisissez au moins 3 caractères.'],
    ['Too big: expected string to have <=1 characters', 'Saisissez au plus 1 caractère.'],
    ['Too small: expected number to be >=1', 'Saisissez un nombre d’au moins 1.'],
    ['Invalid email address', 'Saisissez une adresse e-mail valide (nom@exemple.fr).'],
    ['Invalid option: expected one of "fr"|"en"', 'Ce choix n’est pas proposé.'],
  ])('rewords zod’s "%s" in French', (message, french) => {
    expect(issueText({ message }, 'fr')).toBe(french);
    expect(issueText({ message }, 'en')).toBe(message);
  });

  it('keeps a message a service wrote itself', () => {
    expect(issueText({ message: 'a Mattermost channel id (letters and digits)' }, 'fr')).toBe(
      'a Mattermost channel id (letters and digits)',
    );
  });

  it('says Mattermost’s known refusals of a channel in French, and shows others as Mattermost wrote them', () => {
    expect(mattermostAnswerText('Unable to find the existing channel.', 'fr')).toBe('ce canal n’existe pas.');
    expect(mattermostAnswerText('Something odd happened', 'fr')).toBe('Something odd happened');
  });
});
