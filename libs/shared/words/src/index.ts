export { formatDay, formatMoment, formatTime, formatWhen, zoneCity, zoneLabel, type Language } from './dates';
export { countOf, elide, formatNote, frenchDayOfMonth, listOf, startsWithVowelSound } from './french';
