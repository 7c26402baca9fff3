import type { LocalisedTemplates } from './kind-templates';

// The occurrence is full: the member waits (with their place), or a place freed up and they are in.
// A cancelled occurrence promotes nobody: that is said instead.
export const waitingList: LocalisedTemplates = {
  fr: {
    subject:
      '{{#if cancelled}}Annulation{{else if registration.promoted}}Une place s’est libérée{{else}}Liste d’attente{{/if}} : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

{{#if cancelled}}La rencontre « {{title}} » est annulée : la liste d’attente est close.
{{else if registration.promoted}}Bonne nouvelle : une place s’est libérée pour la rencontre « {{title}} » et votre inscription est confirmée. L’invitation d’agenda est jointe.
{{else}}La rencontre « {{title}} » est complète. Vous êtes sur la liste d’attente{{#if registration.position}}, en position {{registration.position}}{{/if}} : nous vous écrirons dès qu’une place se libère.
{{/if}}

{{> practical}}

{{#unless cancelled}}{{#if links.register}}{{#if registration.promoted}}Vous ne pouvez plus venir ? Libérez votre place{{else}}Quitter la liste d’attente ou modifier votre réponse{{/if}} : {{links.register}}
{{/if}}{{/unless}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
{{#if cancelled}}<p>La rencontre « <strong>{{title}}</strong> » est <strong>annulée</strong> : la liste d’attente est close.</p>
{{else if registration.promoted}}<p>Bonne nouvelle : une place s’est libérée pour la rencontre « <strong>{{title}}</strong> » et votre inscription est confirmée. L’invitation d’agenda est jointe.</p>
{{else}}<p>La rencontre « <strong>{{title}}</strong> » est complète. Vous êtes sur la liste d’attente{{#if registration.position}}, en position <strong>{{registration.position}}</strong>{{/if}} : nous vous écrirons dès qu’une place se libère.</p>{{/if}}
{{> practicalHtml}}
{{#unless cancelled}}{{#if links.register}}<p>{{button links.register "Modifier ma réponse"}}</p>{{/if}}{{/unless}}`,
    chat: `{{#if cancelled}}:x: La rencontre « {{title}} » est annulée.{{else if registration.promoted}}:tada: Une place s’est libérée : vous êtes inscrit·e à la rencontre « {{title}} » — {{when}}{{else}}:hourglass: Liste d’attente de la rencontre « {{title}} »{{#if registration.position}} : position {{registration.position}}{{/if}}{{/if}}`,
  },
  en: {
    subject: '{{#if cancelled}}Cancelled{{else if registration.promoted}}A place freed up{{else}}Waiting list{{/if}}: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

{{#if cancelled}}"{{title}}" is cancelled: the waiting list is closed.
{{else if registration.promoted}}Good news: a place freed up for "{{title}}" and you are now registered. The calendar invitation is attached.
{{else}}"{{title}}" is full. You are on the waiting list{{#if registration.position}}, in position {{registration.position}}{{/if}}: we will write as soon as a place frees up.
{{/if}}

{{> practical}}

{{#unless cancelled}}{{#if links.register}}{{#if registration.promoted}}Can no longer come? Free your place{{else}}Leave the waiting list or change your answer{{/if}}: {{links.register}}
{{/if}}{{/unless}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
{{#if cancelled}}<p>"<strong>{{title}}</strong>" is <strong>cancelled</strong>: the waiting list is closed.</p>
{{else if registration.promoted}}<p>Good news: a place freed up for "<strong>{{title}}</strong>" and you are now registered. The calendar invitation is attached.</p>
{{else}}<p>"<strong>{{title}}</strong>" is full. You are on the waiting list{{#if registration.position}}, in position <strong>{{registration.position}}</strong>{{/if}}: we will write as soon as a place frees up.</p>{{/if}}
{{> practicalHtml}}
{{#unless cancelled}}{{#if links.register}}<p>{{button links.register "Change my answer"}}</p>{{/if}}{{/unless}}`,
    chat: `{{#if cancelled}}:x: "{{title}}" is cancelled.{{else if registration.promoted}}:tada: A place freed up: you are registered for **{{title}}** — {{when}}{{else}}:hourglass: Waiting list for **{{title}}**{{#if registration.position}}: position {{registration.position}}{{/if}}{{/if}}`,
  },
};
