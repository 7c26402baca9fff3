import type { LocalisedTemplates } from './kind-templates';

// To the scribes after the occurrence: the notes are archived once submitted.
export const notesReminder: LocalisedTemplates = {
  fr: {
    subject: 'Vos notes de la rencontre « {{title}} »',
    text: `Bonjour {{recipientName}},

Merci d’avoir pris des notes pendant la rencontre « {{title}} » du {{day}}. Déposez-les pour qu’elles soient partagées avec l’équipe et archivées.

{{#if deadline}}Date limite : {{deadline}}.
{{/if}}{{#if links.notes}}Déposer les notes : {{links.notes}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Merci d’avoir pris des notes pendant la rencontre « <strong>{{title}}</strong> » du {{day}}. Déposez-les pour qu’elles soient partagées avec l’équipe et archivées.</p>
{{#if deadline}}<p><strong>Date limite :</strong> {{deadline}}</p>{{/if}}
{{#if links.notes}}<p>{{button links.notes "Déposer les notes"}}</p>{{/if}}`,
    chat: `:pencil: Scribes de la rencontre « {{title}} » : pensez à déposer vos notes{{#if deadline}} avant le {{deadline}}{{/if}}.{{#if links.notes}} [Déposer les notes]({{links.notes}}){{/if}}`,
  },
  en: {
    subject: 'Your notes from "{{title}}"',
    text: `Hello {{recipientName}},

Thank you for taking notes during "{{title}}" on {{day}}. Submit them so they are shared with the team and archived.

{{#if deadline}}Deadline: {{deadline}}.
{{/if}}{{#if links.notes}}Submit the notes: {{links.notes}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>Thank you for taking notes during "<strong>{{title}}</strong>" on {{day}}. Submit them so they are shared with the team and archived.</p>
{{#if deadline}}<p><strong>Deadline:</strong> {{deadline}}</p>{{/if}}
{{#if links.notes}}<p>{{button links.notes "Submit the notes"}}</p>{{/if}}`,
    chat: `:pencil: Scribes of **{{title}}**: please submit your notes{{#if deadline}} by {{deadline}}{{/if}}.{{#if links.notes}} [Submit the notes]({{links.notes}}){{/if}}`,
  },
};
