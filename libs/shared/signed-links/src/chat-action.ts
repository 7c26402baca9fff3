import { signLink, verifyLink } from './signed-link';

/**
 * What a chat button does, as the `context` Cercle puts in the button and the chat server sends back
 * untouched when someone clicks it. A channel post's buttons are the same for everyone, so their context
 * names nobody and the clicker is whoever the chat server says clicked. Buttons shown to one person only
 * (their ballot) are signed for that member: the handler refuses them from anyone else. The signature
 * covers every field, so a forged or edited context (another occurrence, answer, topic or member) is refused.
 */
export type ChatAction =
  { action: 'register'; occurrenceId: string; answer: 'yes' | 'maybe' | 'no' } | { action: 'vote'; occurrenceId: string; topicId: string };

export type SignedChatAction = ChatAction & { exp: number; signature: string; memberId?: string };

/** A verified context: the action, and the member it was given to (null for a button anyone may click). */
export type VerifiedChatAction = ChatAction & { memberId: string | null };

const PURPOSE = 'chat-action';

// Field order is fixed here, so the signed subject is the same whichever order the JSON came back in.
function subjectOf(action: ChatAction): string {
  return action.action === 'register'
    ? ['register', action.occurrenceId, action.answer].join('|')
    : ['vote', action.occurrenceId, action.topicId].join('|');
}

export function signChatAction(secret: string, action: ChatAction, exp: number, memberId?: string): SignedChatAction {
  const signature = signLink(secret, { purpose: PURPOSE, memberId: memberId ?? '', subjectId: subjectOf(action), exp });
  return { ...action, ...(memberId ? { memberId } : {}), exp, signature };
}

/** The action the context describes, or null when it is malformed, forged, altered or expired. */
export function verifyChatAction(secret: string, context: unknown, now: Date): VerifiedChatAction | null {
  const action = readAction(context);
  if (!action || typeof (context as { signature?: unknown }).signature !== 'string') return null;
  const shown = (context as { memberId?: unknown }).memberId ?? '';
  try {
    const claim = verifyLink(secret, (context as { signature: string }).signature, PURPOSE, now);
    if (claim.subjectId !== subjectOf(action) || claim.exp !== (context as { exp?: unknown }).exp) return null;
    // The member is read from the signature; one shown beside it must say the same (no edited copy).
    if (shown !== claim.memberId) return null;
    return { ...action, memberId: claim.memberId || null };
  } catch {
    return null;
  }
}

function readAction(context: unknown): ChatAction | null {
  if (!context || typeof context !== 'object') return null;
  const c = context as Record<string, unknown>;
  const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && !v.includes('|');
  if (c.action === 'register' && isText(c.occurrenceId) && (c.answer === 'yes' || c.answer === 'maybe' || c.answer === 'no')) {
    return { action: 'register', occurrenceId: c.occurrenceId, answer: c.answer };
  }
  if (c.action === 'vote' && isText(c.occurrenceId) && isText(c.topicId)) {
    return { action: 'vote', occurrenceId: c.occurrenceId, topicId: c.topicId };
  }
  return null;
}
