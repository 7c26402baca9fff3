import type { LocalisedTemplates } from './kind-templates';

// The occurrence is full: the member waits (with their place), or a place freed up and they are in.
export const waitingList: LocalisedTemplates = {
  fr: {
    subject: '{{#if registration.promoted}}Une place s’est libérée{{else}}Liste d’attente{{/if}} : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

{{#if registration.promoted}}Bonne nouvelle : une place s’est libérée pour « {{title}} » et votre inscription est confirmée. L’invitation d’agenda est jointe.
{{else}}« {{title}} » est complet. Vous êtes sur la liste d’attente{{#if registration.position}}, en position {{registration.position}}{{/if}} : nous vous écrirons dès qu’une place se libère.
{{/if}}
{{> practical}}
{{#if links.register}}{{#if registration.promoted}}Vous ne pouvez plus venir ? Libérez votre place{{else}}Quitter la liste d’attente ou modifier votre réponse{{/if}} : {{links.register}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
{{#if registration.promoted}}<p>Bonne nouvelle : une place s’est libérée pour « <strong>{{title}}</strong> » et votre inscription est confirmée. L’invitation d’agenda est jointe.</p>
{{else}}<p>« <strong>{{title}}</strong> » est complet. Vous êtes sur la liste d’attente{{#if registration.position}}, en position <strong>{{registration.position}}</strong>{{/if}} : nous vous écrirons dès qu’une place se libère.</p>{{/if}}
{{> practicalHtml}}
{{#if links.register}}<p>{{button links.register "Modifier ma réponse"}}</p>{{/if}}`,
    chat: `{{#if registration.promoted}}:tada: Une place s’est libérée : vous êtes inscrit·e à **{{title}}** — {{when}}{{else}}:hourglass: Liste d’attente de **{{title}}**{{#if registration.position}} : position {{registration.position}}{{/if}}{{/if}}`,
  },
  en: {
    subject: '{{#if registration.promoted}}A place freed up{{else}}Waiting list{{/if}}: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

{{#if registration.promoted}}Good news: a place freed up for "{{title}}" and you are now registered. The calendar invitation is attached.
{{else}}"{{title}}" is full. You are on the waiting list{{#if registration.position}}, in position {{registration.position}}{{/if}}: we will write as soon as a place frees up.
{{/if}}
{{> practical}}
{{#if links.register}}{{#if registration.promoted}}Can no longer come? Free your place{{else}}Leave the waiting list or change your answer{{/if}}: {{links.register}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
{{#if registration.promoted}}<p>Good news: a place freed up for "<strong>{{title}}</strong>" and you are now registered. The calendar invitation is attached.</p>
{{else}}<p>"<strong>{{title}}</strong>" is full. You are on the waiting list{{#if registration.position}}, in position <strong>{{registration.position}}</strong>{{/if}}: we will write as soon as a place frees up.</p>{{/if}}
{{> practicalHtml}}
{{#if links.register}}<p>{{button links.register "Change my answer"}}</p>{{/if}}`,
    chat: `{{#if registration.promoted}}:tada: A place freed up: you are registered for **{{title}}** — {{when}}{{else}}:hourglass: Waiting list of **{{title}}**{{#if registration.position}}: position {{registration.position}}{{/if}}{{/if}}`,
  },
};
