import type { LocalisedTemplates } from './kind-templates';

// Sent when a member answers; a "yes" or "maybe" gets the calendar invite, a "no" after a "yes" its cancellation.
export const registrationConfirmation: LocalisedTemplates = {
  fr: {
    subject: '{{#if registration.declined}}Réponse enregistrée{{else}}Inscription confirmée{{/if}} : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

{{#if registration.declined}}Nous avons bien noté que vous ne viendrez pas à « {{title}} ». Merci de nous avoir prévenus.
{{else if registration.maybe}}Votre réponse « peut-être » à « {{title}} » est enregistrée. Elle ne réserve pas de place : répondez « oui » quand vous serez sûr·e. L’invitation d’agenda est jointe.
{{else}}Votre inscription à « {{title}} » est enregistrée. L’invitation d’agenda est jointe.
{{/if}}
{{> practical}}{{> agenda}}
{{#if links.register}}Modifier votre réponse : {{links.register}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
{{#if registration.declined}}<p>Nous avons bien noté que vous ne viendrez pas à « <strong>{{title}}</strong> ». Merci de nous avoir prévenus.</p>
{{else if registration.maybe}}<p>Votre réponse « peut-être » à « <strong>{{title}}</strong> » est enregistrée. Elle ne réserve pas de place : répondez « oui » quand vous serez sûr·e. L’invitation d’agenda est jointe.</p>
{{else}}<p>Votre inscription à « <strong>{{title}}</strong> » est enregistrée. L’invitation d’agenda est jointe.</p>{{/if}}
{{> practicalHtml}}{{> agendaHtml}}
{{#if links.register}}<p>{{button links.register "Modifier ma réponse"}}</p>{{/if}}`,
    chat: `:white_check_mark: {{#if registration.declined}}Réponse enregistrée{{else}}Inscription confirmée{{/if}} : **{{title}}** — {{when}}`,
  },
  en: {
    subject: '{{#if registration.declined}}Answer recorded{{else}}Registration confirmed{{/if}}: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

{{#if registration.declined}}We have noted that you will not come to "{{title}}". Thank you for letting us know.
{{else if registration.maybe}}Your "maybe" for "{{title}}" is recorded. It holds no place: answer "yes" once you are sure. The calendar invitation is attached.
{{else}}You are registered for "{{title}}". The calendar invitation is attached.
{{/if}}
{{> practical}}{{> agenda}}
{{#if links.register}}Change your answer: {{links.register}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
{{#if registration.declined}}<p>We have noted that you will not come to "<strong>{{title}}</strong>". Thank you for letting us know.</p>
{{else if registration.maybe}}<p>Your "maybe" for "<strong>{{title}}</strong>" is recorded. It holds no place: answer "yes" once you are sure. The calendar invitation is attached.</p>
{{else}}<p>You are registered for "<strong>{{title}}</strong>". The calendar invitation is attached.</p>{{/if}}
{{> practicalHtml}}{{> agendaHtml}}
{{#if links.register}}<p>{{button links.register "Change my answer"}}</p>{{/if}}`,
    chat: `:white_check_mark: {{#if registration.declined}}Answer recorded{{else}}Registration confirmed{{/if}}: **{{title}}** — {{when}}`,
  },
};
