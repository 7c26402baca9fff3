import type { LocalisedTemplates } from './kind-templates';

// Said once, when the condition of an alert raised earlier is gone (before the occurrence starts).
export const healthAlertCleared: LocalisedTemplates = {
  fr: {
    subject: 'Alerte levée : {{alert.label}} — {{title}}, {{day}}',
    text: `Bonjour {{recipientName}},

L’alerte « {{alert.label}} » levée le {{alert.raisedWhen}}, pour « {{title}} », {{when}}, n’a plus lieu d’être : le problème est réglé. Rien à faire.
{{#if links.timeline}}
L’occurrence et ses alertes : {{links.timeline}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>L’alerte « <strong>{{alert.label}}</strong> » levée le {{alert.raisedWhen}}, pour « <strong>{{title}}</strong> », {{when}}, n’a plus lieu d’être : le problème est réglé. Rien à faire.</p>
{{#if links.timeline}}<p><a href="{{links.timeline}}">L’occurrence et ses alertes</a></p>{{/if}}`,
    chat: `#### :white_check_mark: Alerte levée : {{alert.label}} — {{title}}
{{when}}
Le problème signalé le {{alert.raisedWhen}} est réglé. Rien à faire.`,
  },
  en: {
    subject: 'Alert cleared: {{alert.label}} — {{title}}, {{day}}',
    text: `Hello {{recipientName}},

The "{{alert.label}}" alert raised on {{alert.raisedWhen}}, for "{{title}}", {{when}}, is over: the problem is solved. Nothing to do.
{{#if links.timeline}}
The occurrence and its alerts: {{links.timeline}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>The "<strong>{{alert.label}}</strong>" alert raised on {{alert.raisedWhen}}, for "<strong>{{title}}</strong>", {{when}}, is over: the problem is solved. Nothing to do.</p>
{{#if links.timeline}}<p><a href="{{links.timeline}}">The occurrence and its alerts</a></p>{{/if}}`,
    chat: `#### :white_check_mark: Alert cleared: {{alert.label}} — {{title}}
{{when}}
The problem reported on {{alert.raisedWhen}} is solved. Nothing to do.`,
  },
};
