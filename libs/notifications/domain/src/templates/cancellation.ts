import type { LocalisedTemplates } from './kind-templates';

// `reason` comes from extra.reason when the organiser wrote one.
export const cancellation: LocalisedTemplates = {
  fr: {
    subject: 'Annulé : {{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

« {{title}} » prévu le {{when}} est annulé.{{#if reason}}
Motif : {{reason}}{{/if}}
L’événement est retiré de votre agenda.
{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>« <strong>{{title}}</strong> » prévu le {{when}} est <strong>annulé</strong>.</p>
{{#if reason}}<p><strong>Motif :</strong> {{reason}}</p>{{/if}}
<p>L’événement est retiré de votre agenda.</p>`,
    chat: `#### :x: Annulé : {{title}}
~~{{when}}~~
{{#if reason}}Motif : {{reason}}
{{/if}}`,
  },
  en: {
    subject: 'Cancelled: {{title}} — {{day}}',
    text: `Hello {{recipientName}},

"{{title}}" planned for {{when}} is cancelled.{{#if reason}}
Reason: {{reason}}{{/if}}
The event is removed from your calendar.
{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>"<strong>{{title}}</strong>" planned for {{when}} is <strong>cancelled</strong>.</p>
{{#if reason}}<p><strong>Reason:</strong> {{reason}}</p>{{/if}}
<p>The event is removed from your calendar.</p>`,
    chat: `#### :x: Cancelled: {{title}}
~~{{when}}~~
{{#if reason}}Reason: {{reason}}
{{/if}}`,
  },
};
