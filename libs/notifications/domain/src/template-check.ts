import type { MessageKind } from './message-kind';
import { renderChatPost, renderEmail, type TemplateOverride } from './render';
import type { RenderContext } from './render-context';

export class InvalidTemplateError extends Error {
  override readonly name = 'InvalidTemplateError';
  constructor(
    readonly part: keyof TemplateOverride,
    reason: string,
  ) {
    super(`The ${part} template is not valid: ${reason}`);
  }
}

// `{{{x}}}` and `{{&x}}` print a value unescaped: in an email's HTML, a member's topic title could
// then carry markup. Our own templates never need it, so an organiser's cannot use it either.
const UNESCAPED = /\{\{\{|\{\{~?\s*&/;

/**
 * Checks an organiser's override before it is saved: each part must compile and render against the
 * sample context (an unknown partial or a broken block fails here, not at send time).
 */
export function checkTemplateOverride(kind: MessageKind, override: TemplateOverride, sample: RenderContext): void {
  for (const part of ['subject', 'text', 'html', 'chat'] as const) {
    const source = override[part];
    if (source === undefined) continue;
    if (UNESCAPED.test(source)) throw new InvalidTemplateError(part, 'unescaped output ({{{…}}} or {{&…}}) is not allowed');
    try {
      if (part === 'chat') renderChatPost(kind, sample, { chat: source });
      else renderEmail(kind, sample, { [part]: source });
    } catch (error) {
      throw new InvalidTemplateError(part, error instanceof Error ? error.message.split('\n')[0] : String(error));
    }
  }
}
