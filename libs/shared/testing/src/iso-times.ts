/**
 * The forms of time the API answers, all ISO 8601: an instant in UTC with milliseconds (`Date` serialised
 * by JSON.stringify), a local date, and a local date-time on a series' clocks, optionally pinned to its
 * UTC offset where clocks show that time twice. Anything else that looks like a time is a leak (a raw SQL
 * text timestamp, a `Date.toString()`, a locale format) that a client would have to guess how to read.
 */
const ISO_FORMS = [
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
  /^\d{4}-\d{2}-\d{2}$/,
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}([+-]\d{2}:\d{2})?$/,
];
/** Strings a reader would take for a time: they start with a date, or read like `Date.toString()`. */
const TIME_LIKE = [
  /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}(?::\d{2})?)?(?:[^\n]{0,30})$/,
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun),? (\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
];
/** Keys that hold an instant by the API's naming (`createdAt`, `dueAt`...): a number or a local form there is a leak too. */
const INSTANT_KEY = /At$/;
const INSTANT = ISO_FORMS[0];

/** Every place in a JSON answer that holds a time not written in one of the API's ISO 8601 forms, as `path: value`. */
export function nonIsoTimes(json: unknown, path = '$'): string[] {
  if (Array.isArray(json)) return json.flatMap((item, index) => nonIsoTimes(item, `${path}[${index}]`));
  if (json !== null && typeof json === 'object') {
    return Object.entries(json).flatMap(([key, value]) => {
      const at = `${path}.${key}`;
      if (INSTANT_KEY.test(key) && value !== null && !(typeof value === 'string' && INSTANT.test(value)))
        return [`${at}: ${JSON.stringify(value)}`];
      return nonIsoTimes(value, at);
    });
  }
  if (typeof json === 'string' && TIME_LIKE.some((pattern) => pattern.test(json)) && !ISO_FORMS.some((form) => form.test(json))) {
    return [`${path}: ${JSON.stringify(json)}`];
  }
  return [];
}
