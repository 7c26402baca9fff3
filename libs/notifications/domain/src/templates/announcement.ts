import type { LocalisedTemplates } from './kind-templates';

// The community is told about an occurrence and registration opens. The channel post cannot carry a
// personal link: open to guests, it links to the occurrence's public registration page (`links.join`);
// members only, it says where each member's own link is.
export const announcement: LocalisedTemplates = {
  fr: {
    subject: '{{title}} — {{day}}',
    text: `Bonjour {{recipientName}},

{{communityName}} vous invite à la rencontre « {{title}} »{{#if formatNote}} ({{formatNote}}){{/if}}.

{{> practical}}{{#if theme}}Thème : {{theme}}
{{/if}}{{> agenda}}{{> programme}}{{> rules}}

{{#if registrationCloses}}Inscriptions ouvertes jusqu’au {{registrationCloses}}.
{{/if}}{{#if links.register}}S’inscrire (vous pourrez proposer un sujet) : {{links.register}}
{{/if}}{{#if links.ballot}}Voir les sujets proposés et voter : {{links.ballot}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>{{communityName}} vous invite à la rencontre « <strong>{{title}}</strong> »{{#if formatNote}} ({{formatNote}}){{/if}}.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Thème :</strong> {{theme}}</p>{{/if}}{{> agendaHtml}}{{> programmeHtml}}{{> rulesHtml}}
{{#if registrationCloses}}<p>Inscriptions ouvertes jusqu’au {{registrationCloses}}.</p>{{/if}}
{{#if links.register}}<p>{{button links.register "S’inscrire"}}</p><p style="font-size:14px;">Le formulaire permet aussi de proposer un sujet.</p>{{/if}}
{{#if links.ballot}}<p><a href="{{links.ballot}}">Voir les sujets proposés et voter</a></p>{{/if}}`,
    chat: `#### :calendar: {{title}}{{#if formatNote}} ({{formatNote}}){{/if}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if theme}}Thème : {{theme}}
{{/if}}{{#if registrationCloses}}Inscriptions ouvertes jusqu’au {{registrationCloses}}.
{{/if}}{{> attendance}}{{#if links.register}}[S’inscrire et proposer un sujet]({{links.register}})
{{else if links.join}}[S’inscrire et proposer un sujet]({{links.join}})
{{else if membersOnly}}Chaque membre trouve dans son e-mail d’annonce son lien personnel pour s’inscrire et proposer un sujet.
{{/if}}`,
  },
  en: {
    subject: '{{title}} — {{day}}',
    text: `Hello {{recipientName}},

{{communityName}} invites you to "{{title}}"{{#if formatNote}} ({{formatNote}}){{/if}}.

{{> practical}}{{#if theme}}Theme: {{theme}}
{{/if}}{{> agenda}}{{> programme}}{{> rules}}

{{#if registrationCloses}}Registration is open until {{registrationCloses}}.
{{/if}}{{#if links.register}}Register (you can propose a topic): {{links.register}}
{{/if}}{{#if links.ballot}}See the proposed topics and vote: {{links.ballot}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>{{communityName}} invites you to "<strong>{{title}}</strong>"{{#if formatNote}} ({{formatNote}}){{/if}}.</p>
{{> practicalHtml}}{{#if theme}}<p><strong>Theme:</strong> {{theme}}</p>{{/if}}{{> agendaHtml}}{{> programmeHtml}}{{> rulesHtml}}
{{#if registrationCloses}}<p>Registration is open until {{registrationCloses}}.</p>{{/if}}
{{#if links.register}}<p>{{button links.register "Register"}}</p><p style="font-size:14px;">The form also lets you propose a topic.</p>{{/if}}
{{#if links.ballot}}<p><a href="{{links.ballot}}">See the proposed topics and vote</a></p>{{/if}}`,
    chat: `#### :calendar: {{title}}{{#if formatNote}} ({{formatNote}}){{/if}}
**{{when}}**{{#if location}} · {{location}}{{/if}}
{{#if theme}}Theme: {{theme}}
{{/if}}{{#if registrationCloses}}Registration is open until {{registrationCloses}}.
{{/if}}{{> attendance}}{{#if links.register}}[Register and propose a topic]({{links.register}})
{{else if links.join}}[Register and propose a topic]({{links.join}})
{{else if membersOnly}}Each member finds their personal link to register and propose a topic in their announcement email.
{{/if}}`,
  },
};
