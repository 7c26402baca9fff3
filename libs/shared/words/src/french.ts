/**
 * French typography for what Cercle writes around values it does not control (community names, titles,
 * format names). The rule throughout: never agree a word with a title (its gender and number are
 * unknown); phrase around it instead (« la rencontre « … » est annulée »).
 */

const APOSTROPHE = '’';

// Elision happens before a vowel sound. An initial h is mute in most words; these common words (and the
// place names people give communities) start with an aspirated h, which blocks it: « le hall », « de Hambourg ».
const ASPIRATED_H =
  /^h(a(che|ie|ine|ll|mac|mbourg|ndicap|ngar|nter|rc|rdi|ricot|sard|ut|vre)|é(risson|ros)|i(bou|érarchie)|o(ckey|llande|mard|ngrie|nte|rs|uille)|u(blot|it|rler))/i;
const VOWEL = /^[aeiouàâäéèêëîïôöùûüœæ]/i;
// « d’Yvonne » but « de Yann »: a y before a consonant sounds as a vowel.
const Y_AS_VOWEL = /^y[^aeiouàâäéèêëîïôöùûüœæ]/i;

/** Whether a French word elides before `next` (« d’Entrepreneurs », « l’atelier », « qu’il »). */
export function startsWithVowelSound(next: string): boolean {
  const word = next.trimStart();
  if (VOWEL.test(word) || Y_AS_VOWEL.test(word)) return true;
  return /^h/i.test(word) && !ASPIRATED_H.test(word);
}

const ELIDED: Record<string, string> = {
  de: 'd',
  le: 'l',
  la: 'l',
  que: 'qu',
  jusque: 'jusqu',
  lorsque: 'lorsqu',
  puisque: 'puisqu',
  ne: 'n',
  se: 's',
  je: 'j',
};

/** `word` followed by `next`, elided when French requires it: elide('de', 'Entrepreneurs') → « d’Entrepreneurs ». */
export function elide(word: string, next: string): string {
  const short = ELIDED[word.toLowerCase()];
  if (!short || !startsWithVowelSound(next)) return `${word} ${next}`;
  const cased = word[0] === word[0].toUpperCase() ? short[0].toUpperCase() + short.slice(1) : short;
  return `${cased}${APOSTROPHE}${next.trimStart()}`;
}

/**
 * French text with the typographic apostrophe (« l’atelier », « aujourd’hui ») where a straight one sits
 * between two letters, so that a message never mixes both; quotes and anything else are left alone.
 */
export function frenchApostrophes(text: string): string {
  return text.replace(/(\p{L})'(?=\p{L})/gu, `$1${APOSTROPHE}`);
}

/** The day of the month as French writes it in a date: « 1er avril », « 2 avril ». */
export function frenchDayOfMonth(day: number): string {
  return day === 1 ? '1er' : String(day);
}

/**
 * A count with its noun. French keeps 0 and 1 in the singular (« 0 atelier », « 1 atelier »), English only 1.
 */
export function countOf(n: number, singular: string, plural: string, language: 'fr' | 'en'): string {
  const one = language === 'fr' ? n < 2 : n === 1;
  return `${n} ${one ? singular : plural}`;
}

/** « a, b et c » / "a, b and c". */
export function listOf(items: string[], language: 'fr' | 'en'): string {
  if (items.length < 2) return items.join('');
  const and = language === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

const normalise = (text: string) => text.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the format's name adds to the title, to show once in parentheses: the title « Rencontres ALLiaNCE »
 * with the format « Rencontres ALLiaNCE (forum ouvert) » adds « forum ouvert », never
 * « « Rencontres ALLiaNCE » (Rencontres ALLiaNCE (forum ouvert)) ». Undefined when it adds nothing.
 * Parentheses inside the format's name become commas, so the result can sit inside parentheses.
 */
export function formatNote(title: string, formatName: string | undefined): string | undefined {
  if (!formatName?.trim()) return undefined;
  if (normalise(title).includes(normalise(formatName))) return undefined;
  const words = title.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  const rest = words ? formatName.replace(new RegExp(words, 'i'), ' ') : formatName;
  const flat = rest
    .replace(/\s*\(\s*/g, ', ')
    .replace(/\s*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/^[\s,—–-]+|[\s,—–-]+$/g, '');
  return flat || undefined;
}
