import type { LocalisedTemplates } from './kind-templates';

// To someone just named guide or contributor: their role, the team they join (their own part first),
// and the page where a contributor describes their contribution.
export const roleAssigned: LocalisedTemplates = {
  fr: {
    subject: 'Votre rôle pour « {{title}} » — {{day}}',
    text: `Bonjour {{recipientName}},

Vous êtes nommé·e {{myRole}} pour « {{title}} »{{#if theme}} (thème : {{theme}}){{/if}}.

{{> practical}}
L’équipe :
{{> contributions}}
Prenez quelques minutes pour vous présenter aux autres et vous synchroniser avant le jour J.
{{#if links.contribution}}
Donnez le titre, le type et le lien vers les supports de votre contribution : {{links.contribution}}
{{/if}}{{> footer}}`,
    html: `<p>Bonjour {{recipientName}},</p>
<p>Vous êtes nommé·e <strong>{{myRole}}</strong> pour « <strong>{{title}}</strong> »{{#if theme}} (thème : {{theme}}){{/if}}.</p>
{{> practicalHtml}}<p style="margin:16px 0 4px;"><strong>L’équipe</strong></p>
{{> contributionsHtml}}<p>Prenez quelques minutes pour vous présenter aux autres et vous synchroniser avant le jour J.</p>
{{#if links.contribution}}<p>{{button links.contribution "Décrire ma contribution"}}</p>{{/if}}`,
    chat: `#### :wave: Votre rôle pour {{title}}
{{when}}
Vous êtes nommé·e {{myRole}}. L’équipe :
{{> contributions}}{{#if links.contribution}}[Décrire ma contribution]({{links.contribution}})
{{/if}}`,
  },
  en: {
    subject: 'Your role at "{{title}}" — {{day}}',
    text: `Hello {{recipientName}},

You are named {{myRole}} for "{{title}}"{{#if theme}} (theme: {{theme}}){{/if}}.

{{> practical}}
The team:
{{> contributions}}
Take a few minutes to introduce yourself to the others and sync before the day.
{{#if links.contribution}}
Give the title, the kind and the link to the materials of your contribution: {{links.contribution}}
{{/if}}{{> footer}}`,
    html: `<p>Hello {{recipientName}},</p>
<p>You are named <strong>{{myRole}}</strong> for "<strong>{{title}}</strong>"{{#if theme}} (theme: {{theme}}){{/if}}.</p>
{{> practicalHtml}}<p style="margin:16px 0 4px;"><strong>The team</strong></p>
{{> contributionsHtml}}<p>Take a few minutes to introduce yourself to the others and sync before the day.</p>
{{#if links.contribution}}<p>{{button links.contribution "Describe my contribution"}}</p>{{/if}}`,
    chat: `#### :wave: Your role at {{title}}
{{when}}
You are named {{myRole}}. The team:
{{> contributions}}{{#if links.contribution}}[Describe my contribution]({{links.contribution}})
{{/if}}`,
  },
};
