export { formatDay, formatMoment, formatTime, formatWhen, zoneCity, zoneLabel, type Language } from './dates';
export { countOf, elide, formatNote, frenchApostrophes, frenchDayOfMonth, listOf, startsWithVowelSound } from './french';
export { neutraliseMentions } from './neutralise-mentions';
