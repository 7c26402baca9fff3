import type { LocalisedTemplates } from './kind-templates';

// To the guide a few days before: who is ready and what is still missing, in time to help.
export const readinessEscalation: LocalisedTemplates = {
  fr: {
    subject: 'Préparation à suivre : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

Où en sont les contributions à la rencontre « {{title}} » :
{{#if incomplete.length}}{{incompleteSummary}}, un petit message de votre part peut aider.
{{else}}tout le monde est prêt.
{{/if}}

{{> contributions}}

{{> practical}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Où en sont les contributions à la rencontre « <strong>{{title}}</strong> » :
{{#if incomplete.length}}<strong>{{incompleteSummary}}</strong>, un petit message de votre part peut aider.{{else}}tout le monde est prêt.{{/if}}</p>
{{> contributionsHtml}}{{> practicalHtml}}`,
    chat: `#### :warning: Préparation de la rencontre « {{title}} »
{{#if incomplete.length}}{{incompleteSummary}}
{{/if}}{{> contributions}}`,
  },
  en: {
    subject: 'Preparation to follow up: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

Where the contributions to "{{title}}" stand:
{{#if incomplete.length}}{{incompleteSummary}}, a word from you may help.
{{else}}everyone is ready.
{{/if}}

{{> contributions}}

{{> practical}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>Where the contributions to "<strong>{{title}}</strong>" stand:
{{#if incomplete.length}}<strong>{{incompleteSummary}}</strong>, a word from you may help.{{else}}everyone is ready.{{/if}}</p>
{{> contributionsHtml}}{{> practicalHtml}}`,
    chat: `#### :warning: Preparation of "{{title}}"
{{#if incomplete.length}}{{incompleteSummary}}
{{/if}}{{> contributions}}`,
  },
};
