import { signLink, verifyLink } from './signed-link';

/**
 * What a chat button does, as the `context` Cercle puts in the button and the chat server sends back
 * untouched when someone clicks it. The clicker is not in it (a channel post is the same for everyone):
 * the chat server names them in the callback. The signature covers every field, so a forged or edited
 * context (another occurrence, another answer, another topic) is refused.
 */
export type ChatAction =
  { action: 'register'; occurrenceId: string; answer: 'yes' | 'maybe' | 'no' } | { action: 'vote'; occurrenceId: string; topicId: string };

export type SignedChatAction = ChatAction & { exp: number; signature: string };

const PURPOSE = 'chat-action';

// Field order is fixed here, so the signed subject is the same whichever order the JSON came back in.
function subjectOf(action: ChatAction): string {
  return action.action === 'register'
    ? ['register', action.occurrenceId, action.answer].join('|')
    : ['vote', action.occurrenceId, action.topicId].join('|');
}

export function signChatAction(secret: string, action: ChatAction, exp: number): SignedChatAction {
  const signature = signLink(secret, { purpose: PURPOSE, memberId: '', subjectId: subjectOf(action), exp });
  return { ...action, exp, signature };
}

/** The action the context describes, or null when it is malformed, forged, altered or expired. */
export function verifyChatAction(secret: string, context: unknown, now: Date): ChatAction | null {
  const action = readAction(context);
  if (!action || typeof (context as { signature?: unknown }).signature !== 'string') return null;
  try {
    const claim = verifyLink(secret, (context as { signature: string }).signature, PURPOSE, now);
    if (claim.subjectId !== subjectOf(action) || claim.exp !== (context as { exp?: unknown }).exp) return null;
    return action;
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
