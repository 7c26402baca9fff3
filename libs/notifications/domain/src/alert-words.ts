import { countOf, formatMoment, listOf } from '@cercle/words';
import type { Language, RenderContext } from './render-context';

type Alert = NonNullable<RenderContext['alert']>;
type Check = Alert['check'];

/** What a health alert says: its name, what was found and what to do about it. */
export interface AlertWords {
  label: string;
  what: string;
  todo: string;
  raisedWhen: string;
}

const LABELS: Record<Language, Record<Check, string>> = {
  fr: {
    noGuide: 'pas de guide',
    contributorNotReady: 'contributions pas prêtes',
    lowRegistrations: 'peu d’inscriptions',
    waitingListWhileFree: 'liste d’attente alors que des places sont libres',
    failedDeliveries: 'envois en échec',
  },
  en: {
    noGuide: 'no guide',
    contributorNotReady: 'contributions not ready',
    lowRegistrations: 'few registrations',
    waitingListWhileFree: 'a waiting list while places are free',
    failedDeliveries: 'failed deliveries',
  },
};

const n = (value: number | null | undefined) => value ?? 0;

const WORDS: Record<Language, Record<Check, (a: Alert, names: string) => Pick<AlertWords, 'what' | 'todo'>>> = {
  fr: {
    noGuide: (a) => ({
      what: `Personne n’est encore guide de cette rencontre, à moins de ${countOf(n(a.threshold), 'jour', 'jours', 'fr')} du début.`,
      todo: 'Nommez un·e guide (les rôles de l’occurrence), ou demandez à quelqu’un de l’équipe de s’en charger.',
    }),
    contributorNotReady: (a, names) => ({
      what: `${countOf(n(a.count), 'contribution n’est pas prête', 'contributions ne sont pas prêtes', 'fr')} : ${names}.`,
      todo: 'Un petit message peut les aider à déposer leur titre et leurs supports sur leur page de contribution.',
    }),
    lowRegistrations: (a) => ({
      what: `${countOf(n(a.count), 'place prise', 'places prises', 'fr')} sur ${n(a.capacity)} ; le seuil choisi est ${n(a.threshold)}.`,
      todo: 'Relayez l’annonce (canal, liste de diffusion), ou réduisez la jauge si la salle le permet.',
    }),
    waitingListWhileFree: (a) => ({
      what: `${countOf(n(a.count), 'personne attend', 'personnes attendent', 'fr')} une place alors que ${countOf(n(a.free), 'place est libre', 'places sont libres', 'fr')}.`,
      todo: 'Vérifiez les inscriptions de l’occurrence : une promotion depuis la liste d’attente ne s’est pas faite.',
    }),
    failedDeliveries: (a) => ({
      what: `${countOf(n(a.count), 'envoi n’a pas pu partir', 'envois n’ont pas pu partir', 'fr')} pour cette rencontre.`,
      todo: 'Consultez les envois en échec (GET /deliveries?status=failed) et renvoyez-les une fois la cause réglée.',
    }),
  },
  en: {
    noGuide: (a) => ({
      what: `Nobody is guide of this session yet, less than ${countOf(n(a.threshold), 'day', 'days', 'en')} before it starts.`,
      todo: 'Name a guide (the occurrence’s roles), or ask someone in the team to take it on.',
    }),
    contributorNotReady: (a, names) => ({
      what: `${countOf(n(a.count), 'contribution is', 'contributions are', 'en')} not ready: ${names}.`,
      todo: 'A short message may help them hand in their title and materials on their contribution page.',
    }),
    lowRegistrations: (a) => ({
      what: `${countOf(n(a.count), 'place', 'places', 'en')} taken out of ${n(a.capacity)}; the threshold chosen is ${n(a.threshold)}.`,
      todo: 'Share the announcement again (channel, mailing list), or lower the capacity if the room allows.',
    }),
    waitingListWhileFree: (a) => ({
      what: `${countOf(n(a.count), 'person is', 'people are', 'en')} waiting for a place while ${countOf(n(a.free), 'place is', 'places are', 'en')} free.`,
      todo: 'Check the occurrence’s registrations: a promotion from the waiting list did not happen.',
    }),
    failedDeliveries: (a) => ({
      what: `${countOf(n(a.count), 'delivery', 'deliveries', 'en')} about this session could not be sent.`,
      todo: 'Look at the failed deliveries (GET /deliveries?status=failed) and resend them once the cause is fixed.',
    }),
  },
};

/** The alert in the reader's language; `clean` applies to the names people typed (neutralised in chat). */
export function alertWords(alert: Alert, timeZone: string, language: Language, clean: (text: string) => string): AlertWords {
  const names = listOf(alert.names.map(clean), language);
  return {
    label: LABELS[language][alert.check],
    ...WORDS[language][alert.check](alert, names),
    raisedWhen: formatMoment(alert.raisedAt, timeZone, language),
  };
}
