import type { LocalisedTemplates } from './kind-templates';

// Sent when a member answers; a "yes" or "maybe" gets the calendar invite, a "no" after a "yes" its cancellation.
// A cancelled occurrence confirms no place: that is said first and alone. Subject and body follow the same
// order, so they never disagree (a registration not given reads as a "yes").
export const registrationConfirmation: LocalisedTemplates = {
  fr: {
    subject:
      '{{#if cancelled}}Annulation{{else if registration.declined}}Réponse enregistrée{{else if registration.maybe}}Réponse enregistrée{{else if registration.waitlisted}}Liste d’attente{{else}}Inscription confirmée{{/if}} : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

{{#if cancelled}}La rencontre « {{title}} » est annulée : aucune place n’y est réservée.
{{else if registration.declined}}Nous avons bien noté que vous ne viendrez pas à la rencontre « {{title}} ». Merci de nous avoir prévenus.
{{else if registration.maybe}}Votre réponse « peut-être » à la rencontre « {{title}} » est enregistrée. Elle ne réserve pas de place : répondez « oui » quand vous serez sûr·e. L’invitation d’agenda est jointe.
{{else if registration.waitlisted}}La rencontre « {{title}} » est complète : vous êtes sur la liste d’attente{{#if registration.position}}, en position {{registration.position}}{{/if}}. Nous vous écrirons dès qu’une place se libère.
{{else}}Votre inscription à la rencontre « {{title}} » est enregistrée. L’invitation d’agenda est jointe.
{{/if}}

{{> practical}}{{#unless cancelled}}{{> agenda}}

{{#if links.register}}Modifier votre réponse : {{links.register}}
{{/if}}{{/unless}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
{{#if cancelled}}<p>La rencontre « <strong>{{title}}</strong> » est <strong>annulée</strong> : aucune place n’y est réservée.</p>
{{else if registration.declined}}<p>Nous avons bien noté que vous ne viendrez pas à la rencontre « <strong>{{title}}</strong> ». Merci de nous avoir prévenus.</p>
{{else if registration.maybe}}<p>Votre réponse « peut-être » à la rencontre « <strong>{{title}}</strong> » est enregistrée. Elle ne réserve pas de place : répondez « oui » quand vous serez sûr·e. L’invitation d’agenda est jointe.</p>
{{else if registration.waitlisted}}<p>La rencontre « <strong>{{title}}</strong> » est complète : vous êtes sur la liste d’attente{{#if registration.position}}, en position <strong>{{registration.position}}</strong>{{/if}}. Nous vous écrirons dès qu’une place se libère.</p>
{{else}}<p>Votre inscription à la rencontre « <strong>{{title}}</strong> » est enregistrée. L’invitation d’agenda est jointe.</p>{{/if}}
{{> practicalHtml}}{{#unless cancelled}}{{> agendaHtml}}
{{#if links.register}}<p>{{button links.register "Modifier ma réponse"}}</p>{{/if}}{{/unless}}`,
    chat: `:white_check_mark: {{#if cancelled}}Annulation{{else if registration.declined}}Réponse enregistrée{{else if registration.maybe}}Réponse enregistrée{{else if registration.waitlisted}}Liste d’attente{{else}}Inscription confirmée{{/if}} : **{{title}}** — {{when}}`,
  },
  en: {
    subject:
      '{{#if cancelled}}Cancelled{{else if registration.declined}}Answer recorded{{else if registration.maybe}}Answer recorded{{else if registration.waitlisted}}Waiting list{{else}}Registration confirmed{{/if}}: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

{{#if cancelled}}"{{title}}" is cancelled: no place is held for anyone.
{{else if registration.declined}}We have noted that you will not come to "{{title}}". Thank you for letting us know.
{{else if registration.maybe}}Your "maybe" for "{{title}}" is recorded. It holds no place: answer "yes" once you are sure. The calendar invitation is attached.
{{else if registration.waitlisted}}"{{title}}" is full: you are on the waiting list{{#if registration.position}}, in position {{registration.position}}{{/if}}. We will write as soon as a place frees up.
{{else}}You are registered for "{{title}}". The calendar invitation is attached.
{{/if}}

{{> practical}}{{#unless cancelled}}{{> agenda}}

{{#if links.register}}Change your answer: {{links.register}}
{{/if}}{{/unless}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
{{#if cancelled}}<p>"<strong>{{title}}</strong>" is <strong>cancelled</strong>: no place is held for anyone.</p>
{{else if registration.declined}}<p>We have noted that you will not come to "<strong>{{title}}</strong>". Thank you for letting us know.</p>
{{else if registration.maybe}}<p>Your "maybe" for "<strong>{{title}}</strong>" is recorded. It holds no place: answer "yes" once you are sure. The calendar invitation is attached.</p>
{{else if registration.waitlisted}}<p>"<strong>{{title}}</strong>" is full: you are on the waiting list{{#if registration.position}}, in position <strong>{{registration.position}}</strong>{{/if}}. We will write as soon as a place frees up.</p>
{{else}}<p>You are registered for "<strong>{{title}}</strong>". The calendar invitation is attached.</p>{{/if}}
{{> practicalHtml}}{{#unless cancelled}}{{> agendaHtml}}
{{#if links.register}}<p>{{button links.register "Change my answer"}}</p>{{/if}}{{/unless}}`,
    chat: `:white_check_mark: {{#if cancelled}}Cancelled{{else if registration.declined}}Answer recorded{{else if registration.maybe}}Answer recorded{{else if registration.waitlisted}}Waiting list{{else}}Registration confirmed{{/if}}: **{{title}}** — {{when}}`,
  },
};
