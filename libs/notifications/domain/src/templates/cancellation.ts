import type { LocalisedTemplates } from './kind-templates';

// The sentence is built around « la rencontre » so nothing agrees with a title of unknown gender and number.
export const cancellation: LocalisedTemplates = {
  fr: {
    subject: 'Annulation : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

La rencontre « {{title}} » du {{when}} est annulée.{{#if reason}}
Motif : {{reason}}{{/if}}

L’événement est retiré de votre agenda.
{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>La rencontre « <strong>{{title}}</strong> » du {{when}} est <strong>annulée</strong>.</p>
{{#if reason}}<p><strong>Motif :</strong> {{reason}}</p>{{/if}}
<p>L’événement est retiré de votre agenda.</p>`,
    chat: `#### :x: Annulation : {{title}}
~~{{when}}~~
{{#if reason}}Motif : {{reason}}
{{/if}}`,
  },
  en: {
    subject: 'Cancelled: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

"{{title}}" on {{when}} is cancelled.{{#if reason}}
Reason: {{reason}}{{/if}}

The event is removed from your calendar.
{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>"<strong>{{title}}</strong>" on {{when}} is <strong>cancelled</strong>.</p>
{{#if reason}}<p><strong>Reason:</strong> {{reason}}</p>{{/if}}
<p>The event is removed from your calendar.</p>`,
    chat: `#### :x: Cancelled: {{title}}
~~{{when}}~~
{{#if reason}}Reason: {{reason}}
{{/if}}`,
  },
};
