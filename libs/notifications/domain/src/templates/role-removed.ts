import type { LocalisedTemplates } from './kind-templates';

// To someone whose role was taken away: they are no longer expected to prepare or present.
export const roleRemoved: LocalisedTemplates = {
  fr: {
    subject: 'Changement de rôle pour « {{title}} » — {{day}}',
    text: `Bonjour {{recipientName}},

L’équipe qui organise a changé les rôles de « {{title}} » : vous n’y êtes plus attendu·e comme {{myRole}}, et vous n’avez plus rien à préparer. Merci pour votre disponibilité.

{{> practical}}
Vous restez bienvenu·e parmi les participant·es.
{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>L’équipe qui organise a changé les rôles de « <strong>{{title}}</strong> » : vous n’y êtes plus attendu·e comme <strong>{{myRole}}</strong>, et vous n’avez plus rien à préparer. Merci pour votre disponibilité.</p>
{{> practicalHtml}}<p>Vous restez bienvenu·e parmi les participant·es.</p>`,
    chat: `#### Changement de rôle pour {{title}}
{{when}}
Vous n’y êtes plus attendu·e comme {{myRole}} : rien à préparer. Merci !`,
  },
  en: {
    subject: 'Role change for "{{title}}" — {{day}}',
    text: `Hello {{recipientName}},

The organisers changed the roles of "{{title}}": you are no longer expected as {{myRole}}, and you have nothing left to prepare. Thank you for being available.

{{> practical}}
You are still welcome to take part.
{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>The organisers changed the roles of "<strong>{{title}}</strong>": you are no longer expected as <strong>{{myRole}}</strong>, and you have nothing left to prepare. Thank you for being available.</p>
{{> practicalHtml}}<p>You are still welcome to take part.</p>`,
    chat: `#### Role change for {{title}}
{{when}}
You are no longer expected as {{myRole}}: nothing to prepare. Thank you!`,
  },
};
