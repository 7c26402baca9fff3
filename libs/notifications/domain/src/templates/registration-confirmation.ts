import type { LocalisedTemplates } from './kind-templates';

// Sent when a member registers; the calendar invite travels with the email.
export const registrationConfirmation: LocalisedTemplates = {
  fr: {
    subject: 'Inscription confirmée : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

Votre inscription à « {{title}} » est enregistrée. L’invitation d’agenda est jointe.

{{> practical}}{{> agenda}}
{{#if links.respond}}Modifier votre réponse : {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Votre inscription à « <strong>{{title}}</strong> » est enregistrée. L’invitation d’agenda est jointe.</p>
{{> practicalHtml}}{{> agendaHtml}}
{{#if links.respond}}<p>{{button links.respond "Modifier ma réponse"}}</p>{{/if}}`,
    chat: `:white_check_mark: Inscription confirmée : **{{title}}** — {{when}}`,
  },
  en: {
    subject: 'Registration confirmed: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

You are registered for "{{title}}". The calendar invitation is attached.

{{> practical}}{{> agenda}}
{{#if links.respond}}Change your answer: {{links.respond}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>You are registered for "<strong>{{title}}</strong>". The calendar invitation is attached.</p>
{{> practicalHtml}}{{> agendaHtml}}
{{#if links.respond}}<p>{{button links.respond "Change my answer"}}</p>{{/if}}`,
    chat: `:white_check_mark: Registration confirmed: **{{title}}** — {{when}}`,
  },
};
