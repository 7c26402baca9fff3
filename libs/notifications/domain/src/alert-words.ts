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

/**
 * What was found, and what to do: `todo` for the community's organisers, who act in the console (the
 * message links it); `memberTodo` for the guide and alert contacts, who cannot sign in there, so it never
 * sends them to a page: it says what they can do themselves, or whom to ask.
 */
type Said = { what: string; todo: string; memberTodo: string };

const WORDS: Record<Language, Record<Check, (a: Alert, names: string) => Said>> = {
  fr: {
    noGuide: (a) => ({
      what: `Personne n’est encore guide de cette rencontre, à moins de ${countOf(n(a.threshold), 'jour', 'jours', 'fr')} du début.`,
      todo: 'Nommez un·e guide dans les rôles de l’occurrence, ou demandez à quelqu’un de l’équipe de s’en charger.',
      memberTodo: 'Si vous pouvez guider cette rencontre, dites-le aux organisateurs ; sinon, aidez-les à trouver quelqu’un dans l’équipe.',
    }),
    contributorNotReady: (a, names) => ({
      what: `${countOf(n(a.count), 'contribution n’est pas prête', 'contributions ne sont pas prêtes', 'fr')} : ${names}.`,
      todo: 'Un petit message peut les aider à déposer leur titre et leurs supports sur leur page de contribution.',
      memberTodo: 'Un petit message peut les aider à déposer leur titre et leurs supports sur leur page de contribution.',
    }),
    lowRegistrations: (a) => ({
      what: `${countOf(n(a.count), 'place prise', 'places prises', 'fr')} sur ${n(a.capacity)} ; le seuil choisi est ${n(a.threshold)}.`,
      todo: 'Relayez l’annonce (canal, liste de diffusion), ou réduisez la jauge si la salle le permet.',
      memberTodo: 'Relayez l’annonce autour de vous (canal, liste de diffusion).',
    }),
    waitingListWhileFree: (a) => ({
      what: `${countOf(n(a.count), 'personne attend', 'personnes attendent', 'fr')} une place alors que ${countOf(n(a.free), 'place est libre', 'places sont libres', 'fr')}.`,
      todo: 'Vérifiez les inscriptions de l’occurrence : une promotion depuis la liste d’attente ne s’est pas faite.',
      memberTodo: 'Les organisateurs sont prévenus et peuvent vérifier les inscriptions ; rien à faire de votre côté.',
    }),
    failedDeliveries: (a) => ({
      what: `${countOf(n(a.count), 'envoi n’a pas pu partir', 'envois n’ont pas pu partir', 'fr')} pour cette rencontre.`,
      todo: a.deliveriesLink
        ? `Consultez les envois en échec dans la console (${a.deliveriesLink}) et renvoyez-les une fois la cause réglée.`
        : 'Consultez les envois en échec dans la console (page « Envois ») et renvoyez-les une fois la cause réglée.',
      memberTodo: 'Les organisateurs sont prévenus et peuvent renvoyer ces messages ; si vous savez qui ne les a pas reçus, dites-le leur.',
    }),
  },
  en: {
    noGuide: (a) => ({
      what: `Nobody is guide of this session yet, less than ${countOf(n(a.threshold), 'day', 'days', 'en')} before it starts.`,
      todo: 'Name a guide in the occurrence’s roles, or ask someone in the team to take it on.',
      memberTodo: 'If you can guide this session, tell the organisers; otherwise, help them find someone in the team.',
    }),
    contributorNotReady: (a, names) => ({
      what: `${countOf(n(a.count), 'contribution is', 'contributions are', 'en')} not ready: ${names}.`,
      todo: 'A short message may help them hand in their title and materials on their contribution page.',
      memberTodo: 'A short message may help them hand in their title and materials on their contribution page.',
    }),
    lowRegistrations: (a) => ({
      what: `${countOf(n(a.count), 'place', 'places', 'en')} taken out of ${n(a.capacity)}; the threshold chosen is ${n(a.threshold)}.`,
      todo: 'Share the announcement again (channel, mailing list), or lower the capacity if the room allows.',
      memberTodo: 'Share the announcement around you (channel, mailing list).',
    }),
    waitingListWhileFree: (a) => ({
      what: `${countOf(n(a.count), 'person is', 'people are', 'en')} waiting for a place while ${countOf(n(a.free), 'place is', 'places are', 'en')} free.`,
      todo: 'Check the occurrence’s registrations: a promotion from the waiting list did not happen.',
      memberTodo: 'The organisers are told and can check the registrations; nothing to do on your side.',
    }),
    failedDeliveries: (a) => ({
      what: `${countOf(n(a.count), 'delivery', 'deliveries', 'en')} about this session could not be sent.`,
      todo: a.deliveriesLink
        ? `Look at the failed deliveries in the console (${a.deliveriesLink}) and resend them once the cause is fixed.`
        : 'Look at the failed deliveries in the console ("Deliveries" page) and resend them once the cause is fixed.',
      memberTodo: 'The organisers are told and can resend these messages; if you know who did not get them, tell them.',
    }),
  },
};

/** The alert in the reader's language; `clean` applies to the names people typed (neutralised in chat). */
export function alertWords(alert: Alert, timeZone: string, language: Language, clean: (text: string) => string): AlertWords {
  const names = listOf(alert.names.map(clean), language);
  const { what, todo, memberTodo } = WORDS[language][alert.check](alert, names);
  return {
    label: LABELS[language][alert.check],
    what,
    todo: alert.forOrganiser ? todo : memberTodo,
    raisedWhen: formatMoment(alert.raisedAt, timeZone, language),
  };
}
