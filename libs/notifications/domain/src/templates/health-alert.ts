import type { LocalisedTemplates } from './kind-templates';

// To the guide and the series' alert contacts, once per condition: what was found, what to do, where.
export const healthAlert: LocalisedTemplates = {
  fr: {
    subject: 'Alerte : {{alert.label}} — {{title}}, {{day}}',
    text: `Bonjour {{recipientName}},

Une vérification de la série a trouvé un problème pour « {{title}} », {{when}} :
{{alert.what}}

Que faire : {{alert.todo}}
{{#if links.timeline}}L’occurrence et ses alertes : {{links.timeline}}
{{/if}}
Cette alerte se lèvera d’elle-même quand le problème sera réglé.
{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Une vérification de la série a trouvé un problème pour « <strong>{{title}}</strong> », {{when}} :<br><strong>{{alert.what}}</strong></p>
<p>Que faire : {{alert.todo}}</p>
{{#if links.timeline}}<p><a href="{{links.timeline}}">L’occurrence et ses alertes</a></p>{{/if}}
<p>Cette alerte se lèvera d’elle-même quand le problème sera réglé.</p>`,
    chat: `#### :rotating_light: Alerte : {{alert.label}} — {{title}}
{{when}}
{{alert.what}}
Que faire : {{alert.todo}}{{#if links.timeline}}
[L’occurrence et ses alertes]({{links.timeline}}){{/if}}`,
  },
  en: {
    subject: 'Alert: {{alert.label}} — {{title}}, {{day}}',
    text: `Hello {{recipientName}},

A check of the series found a problem with "{{title}}", {{when}}:
{{alert.what}}

What to do: {{alert.todo}}
{{#if links.timeline}}The occurrence and its alerts: {{links.timeline}}
{{/if}}
This alert clears itself once the problem is solved.
{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>A check of the series found a problem with "<strong>{{title}}</strong>", {{when}}:<br><strong>{{alert.what}}</strong></p>
<p>What to do: {{alert.todo}}</p>
{{#if links.timeline}}<p><a href="{{links.timeline}}">The occurrence and its alerts</a></p>{{/if}}
<p>This alert clears itself once the problem is solved.</p>`,
    chat: `#### :rotating_light: Alert: {{alert.label}} — {{title}}
{{when}}
{{alert.what}}
What to do: {{alert.todo}}{{#if links.timeline}}
[The occurrence and its alerts]({{links.timeline}}){{/if}}`,
  },
};
