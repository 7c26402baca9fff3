import { renderChatPost, renderEmail } from '../render';
import type { RenderContext } from '../render-context';
import { sampleRenderContext } from '../sample-context';

const rules = {
  fr: {
    attendanceRules: ['La présence est volontaire et totalement optionnelle.', 'On a le droit de ne pas venir.'],
    principles: ['Auto-organisation : chacun anime le sujet qu’il propose.'],
  },
  en: {
    attendanceRules: ['Attendance is voluntary and entirely optional.', 'You may choose not to come.'],
    principles: ['Self-organisation: participants lead the topics they propose.'],
  },
};

const withRules = (language: 'fr' | 'en'): RenderContext => {
  const ctx = sampleRenderContext(language);
  return { ...ctx, occurrence: { ...ctx.occurrence, rules: rules[language] } };
};

describe("the format's rules in the announcement", () => {
  it.each(['fr', 'en'] as const)('lists the attendance rules and principles in the %s email, text and HTML', (language) => {
    const email = renderEmail('announcement', withRules(language));
    for (const rule of [...rules[language].attendanceRules, ...rules[language].principles]) {
      expect(email.text).toContain(`- ${rule}`);
      expect(email.html).toContain(`<li>${rule.replace(/'/g, '&#x27;')}</li>`);
    }
  });

  it('tells the channel that attendance is optional, without the longer principles', () => {
    const chat = renderChatPost('announcement', withRules('fr')).message;
    expect(chat).toContain('Présence :\n- La présence est volontaire et totalement optionnelle.');
    expect(chat).not.toContain(rules.fr.principles[0]);
  });

  it('shows no rules block for a format that states none', () => {
    const email = renderEmail('announcement', sampleRenderContext('fr'));
    expect(email.text).not.toContain('Présence :');
    expect(email.html).not.toContain('Comment ça se passe');
  });
});
