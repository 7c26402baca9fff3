import { alertWords } from './alert-words';
import { renderChatPost, renderEmail } from './render';
import type { RenderContext } from './render-context';
import { sampleRenderContext } from './sample-context';

type Alert = NonNullable<RenderContext['alert']>;
const base: Alert = {
  check: 'noGuide',
  raisedAt: '2026-03-05T08:00:00Z',
  names: [],
  count: null,
  threshold: null,
  capacity: null,
  free: null,
};
const said = (alert: Partial<Alert>, language: 'fr' | 'en' = 'fr') => alertWords({ ...base, ...alert }, 'Europe/Paris', language, (t) => t);

describe('alertWords', () => {
  it('says each check in French with the numbers found', () => {
    expect(said({ check: 'noGuide', threshold: 14 }).what).toBe(
      'Personne n’est encore guide de cette rencontre, à moins de 14 jours du début.',
    );
    expect(said({ check: 'contributorNotReady', count: 2, names: ['Karim', 'Léa'] }).what).toBe(
      '2 contributions ne sont pas prêtes : Karim et Léa.',
    );
    expect(said({ check: 'lowRegistrations', count: 1, capacity: 20, threshold: 10 }).what).toBe(
      '1 place prise sur 20 ; le seuil choisi est 10.',
    );
    expect(said({ check: 'waitingListWhileFree', count: 2, free: 1 }).what).toBe(
      '2 personnes attendent une place alors que 1 place est libre.',
    );
    expect(said({ check: 'failedDeliveries', count: 3 }).what).toBe('3 envois n’ont pas pu partir pour cette rencontre.');
  });

  it('says them in English with English plurals', () => {
    expect(said({ check: 'contributorNotReady', count: 1, names: ['Karim'] }, 'en').what).toBe('1 contribution is not ready: Karim.');
    expect(said({ check: 'waitingListWhileFree', count: 1, free: 2 }, 'en').what).toBe(
      '1 person is waiting for a place while 2 places are free.',
    );
  });

  it('gives what to do and when the alert was raised, in the occurrence zone', () => {
    const words = said({ check: 'failedDeliveries', count: 1, forOrganiser: true, deliveriesLink: 'https://c.example/console/deliveries' });
    expect(words.todo).toContain('https://c.example/console/deliveries');
    expect(words.todo).not.toContain('GET ');
    expect(words.raisedWhen).toContain('09:00');
  });

  it('tells a member (guide, alert contact) what they can do, never a console page they cannot open', () => {
    for (const check of ['noGuide', 'contributorNotReady', 'lowRegistrations', 'waitingListWhileFree', 'failedDeliveries'] as const) {
      for (const language of ['fr', 'en'] as const) {
        const words = said({ check, deliveriesLink: 'https://c.example/console/deliveries' }, language);
        expect(words.todo).not.toMatch(/console|http/);
      }
    }
    expect(said({ check: 'lowRegistrations' }).todo).toBe('Relayez l’annonce autour de vous (canal, liste de diffusion).');
    expect(said({ check: 'lowRegistrations', forOrganiser: true }).todo).toContain('réduisez la jauge');
  });
});

describe('health alert messages', () => {
  it('carry what was found, what to do and the link, by email and in chat', () => {
    const ctx = sampleRenderContext('fr');
    const email = renderEmail('healthAlert', ctx);
    expect(email.subject).toContain('Alerte : contributions pas prêtes');
    expect(email.text).toContain('1 contribution n’est pas prête : David Petit.');
    expect(email.text).toContain('Que faire :');
    expect(email.text).toContain(ctx.links.timeline);
    expect(renderChatPost('healthAlert', ctx).message).toContain(`](${ctx.links.timeline})`);
  });

  it('say once cleared that nothing is left to do', () => {
    const { subject, text } = renderEmail('healthAlertCleared', sampleRenderContext('en'));
    expect(subject).toContain('Alert cleared: contributions not ready');
    expect(text).toContain('Nothing to do.');
  });
});
