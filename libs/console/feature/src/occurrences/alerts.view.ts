import { countOf, formatMoment, listOf, type Language } from '@cercle/words';
import { markup, Html } from '../series/markup';
import { dataTable } from '../series/table';
import type { OccurrenceData } from './occurrence-data';

type Alert = NonNullable<OccurrenceData['occurrence']['alerts']>[number];
type Said = { label: string; found: string; todo: Html };

const WORDS = {
  fr: {
    caption: 'Alertes en cours',
    none: 'Aucune alerte en cours.',
    alert: 'Alerte',
    found: 'Constat',
    todo: 'Que faire',
    since: 'Depuis',
  },
  en: { caption: 'Current alerts', none: 'No current alert.', alert: 'Alert', found: 'Found', todo: 'What to do', since: 'Since' },
};

const n = (value: number | null | undefined) => value ?? 0;

/**
 * Each check in the console's words; what to do points at the section of this page (or the console page)
 * where an organiser does it, which the alert's message links to.
 */
const CHECKS: Record<Language, Record<string, (a: Alert, names: string) => Said>> = {
  fr: {
    noGuide: (a) => ({
      label: 'Pas de guide',
      found: `Personne n’est guide, à moins de ${countOf(n(a.detail.threshold), 'jour', 'jours', 'fr')} du début.`,
      todo: markup`Nommez un·e guide dans les <a href="#roles-title">rôles</a>.`,
    }),
    contributorNotReady: (a, names) => ({
      label: 'Contributions pas prêtes',
      found: `${countOf(n(a.detail.count), 'contribution pas prête', 'contributions pas prêtes', 'fr')} : ${names}.`,
      todo: markup`Relancez-les : titre et supports se déposent sur leur page de contribution.`,
    }),
    lowRegistrations: (a) => ({
      label: 'Peu d’inscriptions',
      found: `${countOf(n(a.detail.count), 'place prise', 'places prises', 'fr')} sur ${n(a.detail.capacity)} (seuil : ${n(a.detail.threshold)}).`,
      todo: markup`Relayez l’annonce, ou réduisez la jauge si la salle le permet.`,
    }),
    waitingListWhileFree: (a) => ({
      label: 'Liste d’attente et places libres',
      found: `${countOf(n(a.detail.count), 'personne attend', 'personnes attendent', 'fr')}, ${countOf(n(a.detail.free), 'place libre', 'places libres', 'fr')}.`,
      todo: markup`Vérifiez les <a href="#registrations-title">inscriptions</a> : une promotion ne s’est pas faite.`,
    }),
    failedDeliveries: (a) => ({
      label: 'Envois en échec',
      found: `${countOf(n(a.detail.count), 'envoi en échec', 'envois en échec', 'fr')}.`,
      todo: markup`Consultez les <a href="/console/deliveries">envois en échec</a> et renvoyez-les une fois la cause réglée.`,
    }),
  },
  en: {
    noGuide: (a) => ({
      label: 'No guide',
      found: `Nobody is guide, less than ${countOf(n(a.detail.threshold), 'day', 'days', 'en')} before the start.`,
      todo: markup`Name a guide in the <a href="#roles-title">roles</a>.`,
    }),
    contributorNotReady: (a, names) => ({
      label: 'Contributions not ready',
      found: `${countOf(n(a.detail.count), 'contribution', 'contributions', 'en')} not ready: ${names}.`,
      todo: markup`Remind them: titles and materials go on their contribution page.`,
    }),
    lowRegistrations: (a) => ({
      label: 'Few registrations',
      found: `${countOf(n(a.detail.count), 'place', 'places', 'en')} taken out of ${n(a.detail.capacity)} (threshold: ${n(a.detail.threshold)}).`,
      todo: markup`Share the announcement again, or lower the capacity if the room allows.`,
    }),
    waitingListWhileFree: (a) => ({
      label: 'Waiting list while places are free',
      found: `${countOf(n(a.detail.count), 'person', 'people', 'en')} waiting, ${countOf(n(a.detail.free), 'place', 'places', 'en')} free.`,
      todo: markup`Check the <a href="#registrations-title">registrations</a>: a promotion did not happen.`,
    }),
    failedDeliveries: (a) => ({
      label: 'Failed deliveries',
      found: `${countOf(n(a.detail.count), 'delivery', 'deliveries', 'en')} failed.`,
      todo: markup`Look at the <a href="/console/deliveries">failed deliveries</a> and resend them once the cause is fixed.`,
    }),
  },
};

/**
 * The occurrence's raised health alerts (cleared and withdrawn ones are history): what was found, what to
 * do and since when. People are named from the community's active members; one who left is said to be a former member.
 */
export function alertsView(
  occurrence: OccurrenceData['occurrence'],
  members: ReadonlyArray<{ id: string; name: string }>,
  language: Language,
): Html {
  const w = WORDS[language];
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const gone = language === 'fr' ? 'un·e ancien·ne membre' : 'a former member';
  const rows = (occurrence.alerts ?? [])
    .filter((a) => a.state === 'raised')
    .map((a) => {
      const said = (CHECKS[language][a.check] ?? unknownCheck)(
        a,
        listOf(
          a.detail.memberIds.map((id) => nameOf.get(id) ?? gone),
          language,
        ),
      );
      return markup`<tr>
  <td>${said.label}</td>
  <td>${said.found}</td>
  <td>${said.todo}</td>
  <td>${formatMoment(a.raisedAt, occurrence.timeZone, language)}</td>
</tr>`;
    });
  return dataTable(w.caption, [w.alert, w.found, w.todo, w.since], rows, w.none);
}

/** A check this console does not know yet (events is newer): its name as events says it. */
function unknownCheck(a: Alert): Said {
  return { label: a.check, found: '', todo: markup`` };
}
