import type { LocalisedTemplates } from './kind-templates';

// The chat version is the root of the occurrence's thread: one reply per workshop follows
// (see renderNotesReply) and the full notes go as a file.
export const notesArchive: LocalisedTemplates = {
  fr: {
    subject: 'Notes de la rencontre « {{title}} » — {{day}}',
    text: `Bonjour {{recipientName}},

Les notes de la rencontre « {{title}} » du {{day}} sont disponibles.

{{#if notes.length}}Ateliers :
{{#each notes}}- {{workshop}}{{#if scribe}}, notes {{de scribe}}{{/if}}
{{/each}}{{/if}}

{{#if links.notes}}Lire les notes : {{links.notes}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Les notes de la rencontre « <strong>{{title}}</strong> » du {{day}} sont disponibles.</p>
{{#if notes.length}}<ul style="padding-left:20px;">{{#each notes}}<li>{{workshop}}{{#if scribe}}, notes {{de scribe}}{{/if}}</li>{{/each}}</ul>{{/if}}
{{#if links.notes}}<p>{{button links.notes "Lire les notes"}}</p>{{/if}}`,
    chat: `#### :books: Notes de la rencontre « {{title}} » — {{day}}
{{#if notes.length}}{{workshopCount}} : une réponse par atelier dans ce fil, les notes complètes en fichier joint.
{{else}}Les notes des ateliers suivent dans ce fil.
{{/if}}{{#if links.notes}}[Toutes les notes]({{links.notes}})
{{/if}}`,
  },
  en: {
    subject: 'Notes from "{{title}}" — {{day}}',
    text: `Hello {{recipientName}},

The notes from "{{title}}" on {{day}} are available.

{{#if notes.length}}Workshops:
{{#each notes}}- {{workshop}}{{#if scribe}}, notes by {{scribe}}{{/if}}
{{/each}}{{/if}}

{{#if links.notes}}Read the notes: {{links.notes}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>The notes from "<strong>{{title}}</strong>" on {{day}} are available.</p>
{{#if notes.length}}<ul style="padding-left:20px;">{{#each notes}}<li>{{workshop}}{{#if scribe}}, notes by {{scribe}}{{/if}}</li>{{/each}}</ul>{{/if}}
{{#if links.notes}}<p>{{button links.notes "Read the notes"}}</p>{{/if}}`,
    chat: `#### :books: Notes from "{{title}}" — {{day}}
{{#if notes.length}}{{workshopCount}}: one reply per workshop in this thread, the full notes as an attached file.
{{else}}The workshops' notes follow in this thread.
{{/if}}{{#if links.notes}}[All the notes]({{links.notes}})
{{/if}}`,
  },
};
