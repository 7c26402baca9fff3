/**
 * What a person asked with `/cercle …`. Words are French first, English too; accents, case and extra
 * spaces do not matter (`/cercle Peut-Etre` is `peut-être`), nor words after a command that takes none
 * (`/cercle oui merci` is `oui`).
 */
export type ChatCommand =
  | { kind: 'status' }
  | { kind: 'register'; answer: 'yes' | 'maybe' | 'no' }
  | { kind: 'propose'; title: string }
  | { kind: 'votes' }
  | { kind: 'ready' }
  | { kind: 'help' }
  /** `sujet` without a title. */
  | { kind: 'missingTitle' }
  /** A title longer than a topic holds: refused rather than cut, so the person chooses what to keep. */
  | { kind: 'titleTooLong'; length: number }
  | { kind: 'unknown'; word: string };

export const MAX_TOPIC_TITLE = 200;

const WORDS: Record<string, ChatCommand> = {
  oui: { kind: 'register', answer: 'yes' },
  yes: { kind: 'register', answer: 'yes' },
  non: { kind: 'register', answer: 'no' },
  no: { kind: 'register', answer: 'no' },
  'peut-etre': { kind: 'register', answer: 'maybe' },
  peutetre: { kind: 'register', answer: 'maybe' },
  maybe: { kind: 'register', answer: 'maybe' },
  votes: { kind: 'votes' },
  vote: { kind: 'votes' },
  pret: { kind: 'ready' },
  prete: { kind: 'ready' },
  ready: { kind: 'ready' },
  aide: { kind: 'help' },
  help: { kind: 'help' },
};

function plain(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function parseChatCommand(text: string): ChatCommand {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'status' };
  const [first, ...rest] = trimmed.split(/\s+/);
  const word = plain(first);
  if (word === 'sujet' || word === 'topic') {
    // The title is taken as typed (after the first word), spaces inside kept.
    const title = trimmed.slice(first.length).trim();
    if (!title) return { kind: 'missingTitle' };
    return [...title].length > MAX_TOPIC_TITLE ? { kind: 'titleTooLong', length: [...title].length } : { kind: 'propose', title };
  }
  // `peut être` in two words reads the same as `peut-être`.
  if (word === 'peut' && rest.length > 0 && plain(rest[0]) === 'etre') return { kind: 'register', answer: 'maybe' };
  return WORDS[word] ?? { kind: 'unknown', word: first.slice(0, 40) };
}
