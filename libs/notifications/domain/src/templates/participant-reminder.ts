import type { LocalisedTemplates } from './kind-templates';

// Shortly before the occurrence: the theme to read up on and the practical information.
export const participantReminder: LocalisedTemplates = {
  fr: {
    subject: 'Rappel : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

Petit rappel : « {{title}} » a lieu bientôt.

{{> practical}}{{#if theme}}Thème : {{theme}} (n’hésitez pas à vous documenter avant la session)
{{/if}}{{> agenda}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Petit rappel : « <strong>{{title}}</strong> » a lieu bientôt.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Thème :</strong> {{theme}} (n’hésitez pas à vous documenter avant la session)</p>{{/if}}{{> agendaHtml}}`,
    chat: `#### :alarm_clock: Rappel : {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if theme}}Thème : {{theme}}
{{/if}}`,
  },
  en: {
    subject: 'Reminder: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

A reminder: "{{title}}" is coming up.

{{> practical}}{{#if theme}}Theme: {{theme}} (worth reading up on before the session)
{{/if}}{{> agenda}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>A reminder: "<strong>{{title}}</strong>" is coming up.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Theme:</strong> {{theme}} (worth reading up on before the session)</p>{{/if}}{{> agendaHtml}}`,
    chat: `#### :alarm_clock: Reminder: {{title}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if theme}}Theme: {{theme}}
{{/if}}`,
  },
};
