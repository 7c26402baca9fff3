import type { Language } from '../render-context';

// Blocks shared by every kind, registered under the same names in each language's Handlebars
// environment so a kind's template writes `{{> practical}}` whatever its language.
export const PARTIALS: Record<Language, Record<string, string>> = {
  fr: {
    rules: `{{#if attendanceRules.length}}

Présence :
{{#each attendanceRules}}- {{this}}
{{/each}}{{/if}}{{#if principles.length}}

Comment ça se passe :
{{#each principles}}- {{this}}
{{/each}}{{/if}}`,
    attendance: `{{#if attendanceRules.length}}Présence :
{{#each attendanceRules}}- {{this}}
{{/each}}{{/if}}`,
    rulesHtml: `{{#if attendanceRules.length}}<p style="margin:16px 0 4px;"><strong>Présence</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each attendanceRules}}<li>{{this}}</li>{{/each}}</ul>{{/if}}{{#if principles.length}}<p style="margin:16px 0 4px;"><strong>Comment ça se passe</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each principles}}<li>{{this}}</li>{{/each}}</ul>{{/if}}`,
    programme: `{{#if programme.length}}

Sujets au programme :
{{#each programme}}- {{#if slot}}{{slot}} {{/if}}{{title}} ({{kindLabel}}{{#if proposer}}, {{proposer}}{{/if}}){{#if room}} — {{room}}{{/if}}{{#if scribe}} · scribe : {{scribe}}{{/if}}
{{/each}}{{/if}}{{#if proposedTopics.length}}

Sujets proposés :
{{#each proposedTopics}}- {{title}} ({{kindLabel}}{{#if proposer}}, {{proposer}}{{/if}})
{{/each}}{{/if}}`,
    contributionLine: `{{name}} ({{roleLabel}}){{#if workshop}}, atelier « {{workshop}} »{{/if}}{{#if title}} : « {{title}} »{{/if}}{{#if kindLabel}} [{{kindLabel}}]{{/if}}`,
    contributions: `{{#each contributions}}- {{> contributionLine}}{{#if missing}} — il manque {{missing}}{{/if}}
{{/each}}`,
    readiness: `{{#each others}}- {{> contributionLine}}{{#if missing}} — il manque {{missing}}{{else if presents}} — tout est prêt{{/if}}
{{/each}}`,
    programmeHtml: `{{#if programme.length}}<p style="margin:16px 0 4px;"><strong>Sujets au programme</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each programme}}<li>{{#if slot}}{{slot}} {{/if}}{{title}} ({{kindLabel}}{{#if proposer}}, {{proposer}}{{/if}}){{#if room}} — {{room}}{{/if}}{{#if scribe}} · scribe : {{scribe}}{{/if}}</li>{{/each}}</ul>{{/if}}{{#if proposedTopics.length}}<p style="margin:16px 0 4px;"><strong>Sujets proposés</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each proposedTopics}}<li>{{title}} ({{kindLabel}}{{#if proposer}}, {{proposer}}{{/if}})</li>{{/each}}</ul>{{/if}}`,
    contributionLineHtml: `<strong>{{name}}</strong> ({{roleLabel}}){{#if workshop}}, atelier « {{workshop}} »{{/if}}{{#if title}} : « {{title}} »{{/if}}{{#if kindLabel}} [{{kindLabel}}]{{/if}}{{#if materialsUrl}} · <a href="{{materialsUrl}}">supports</a>{{/if}}`,
    contributionsHtml: `<ul style="margin:0 0 16px;padding-left:20px;">{{#each contributions}}<li>{{> contributionLineHtml}}{{#if missing}} — <span style="color:#b45309;">il manque {{missing}}</span>{{/if}}</li>{{/each}}</ul>`,
    readinessHtml: `<ul style="margin:0 0 16px;padding-left:20px;">{{#each others}}<li>{{> contributionLineHtml}}{{#if missing}} — <span style="color:#b45309;">il manque {{missing}}</span>{{else if presents}} — tout est prêt{{/if}}</li>{{/each}}</ul>`,
    practical: `Quand : {{when}}
{{#if location}}Où : {{location}}
{{/if}}`,
    agenda: `{{#if agenda.length}}

Programme :
{{#each agenda}}- {{localStart}}–{{localEnd}} {{title}}
{{/each}}{{/if}}`,
    footer: `
—
{{communityName}} · message envoyé par Cercle
{{#if links.preferences}}Gérer vos préférences (canal, langue) : {{links.preferences}}
{{/if}}{{#if links.unsubscribe}}Ne plus recevoir ces messages : {{links.unsubscribe}}
{{/if}}`,
    practicalHtml: `<p style="margin:16px 0;padding:12px 16px;background:#f1f5f9;border-radius:6px;">
<strong>Quand :</strong> {{when}}{{#if location}}<br><strong>Où :</strong> {{location}}{{/if}}</p>`,
    agendaHtml: `{{#if agenda.length}}<p style="margin:16px 0 4px;"><strong>Programme</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each agenda}}<li>{{localStart}}–{{localEnd}} {{title}}</li>{{/each}}</ul>{{/if}}`,
    footerHtml: `<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0 12px;">
<p style="margin:0;font-size:13px;color:#6b7280;">{{communityName}} · message envoyé par Cercle
{{#if links.preferences}}<br><a href="{{links.preferences}}" style="color:#6b7280;">Gérer vos préférences</a>{{/if}}{{#if links.unsubscribe}}<br><a href="{{links.unsubscribe}}" style="color:#6b7280;">Ne plus recevoir ces messages</a>{{/if}}</p>`,
  },
  en: {
    rules: `{{#if attendanceRules.length}}

Attendance:
{{#each attendanceRules}}- {{this}}
{{/each}}{{/if}}{{#if principles.length}}

How it works:
{{#each principles}}- {{this}}
{{/each}}{{/if}}`,
    attendance: `{{#if attendanceRules.length}}Attendance:
{{#each attendanceRules}}- {{this}}
{{/each}}{{/if}}`,
    rulesHtml: `{{#if attendanceRules.length}}<p style="margin:16px 0 4px;"><strong>Attendance</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each attendanceRules}}<li>{{this}}</li>{{/each}}</ul>{{/if}}{{#if principles.length}}<p style="margin:16px 0 4px;"><strong>How it works</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each principles}}<li>{{this}}</li>{{/each}}</ul>{{/if}}`,
    programme: `{{#if programme.length}}

Topics on the programme:
{{#each programme}}- {{#if slot}}{{slot}} {{/if}}{{title}} ({{kindLabel}}{{#if proposer}}, {{proposer}}{{/if}}){{#if room}} — {{room}}{{/if}}{{#if scribe}} · scribe: {{scribe}}{{/if}}
{{/each}}{{/if}}{{#if proposedTopics.length}}

Proposed topics:
{{#each proposedTopics}}- {{title}} ({{kindLabel}}{{#if proposer}}, {{proposer}}{{/if}})
{{/each}}{{/if}}`,
    contributionLine: `{{name}} ({{roleLabel}}){{#if workshop}}, workshop "{{workshop}}"{{/if}}{{#if title}}: "{{title}}"{{/if}}{{#if kindLabel}} [{{kindLabel}}]{{/if}}`,
    contributions: `{{#each contributions}}- {{> contributionLine}}{{#if missing}} — missing {{missing}}{{/if}}
{{/each}}`,
    readiness: `{{#each others}}- {{> contributionLine}}{{#if missing}} — missing {{missing}}{{else if presents}} — all set{{/if}}
{{/each}}`,
    programmeHtml: `{{#if programme.length}}<p style="margin:16px 0 4px;"><strong>Topics on the programme</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each programme}}<li>{{#if slot}}{{slot}} {{/if}}{{title}} ({{kindLabel}}{{#if proposer}}, {{proposer}}{{/if}}){{#if room}} — {{room}}{{/if}}{{#if scribe}} · scribe: {{scribe}}{{/if}}</li>{{/each}}</ul>{{/if}}{{#if proposedTopics.length}}<p style="margin:16px 0 4px;"><strong>Proposed topics</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each proposedTopics}}<li>{{title}} ({{kindLabel}}{{#if proposer}}, {{proposer}}{{/if}})</li>{{/each}}</ul>{{/if}}`,
    contributionLineHtml: `<strong>{{name}}</strong> ({{roleLabel}}){{#if workshop}}, workshop "{{workshop}}"{{/if}}{{#if title}}: "{{title}}"{{/if}}{{#if kindLabel}} [{{kindLabel}}]{{/if}}{{#if materialsUrl}} · <a href="{{materialsUrl}}">materials</a>{{/if}}`,
    contributionsHtml: `<ul style="margin:0 0 16px;padding-left:20px;">{{#each contributions}}<li>{{> contributionLineHtml}}{{#if missing}} — <span style="color:#b45309;">missing {{missing}}</span>{{/if}}</li>{{/each}}</ul>`,
    readinessHtml: `<ul style="margin:0 0 16px;padding-left:20px;">{{#each others}}<li>{{> contributionLineHtml}}{{#if missing}} — <span style="color:#b45309;">missing {{missing}}</span>{{else if presents}} — all set{{/if}}</li>{{/each}}</ul>`,
    practical: `When: {{when}}
{{#if location}}Where: {{location}}
{{/if}}`,
    agenda: `{{#if agenda.length}}

Agenda:
{{#each agenda}}- {{localStart}}–{{localEnd}} {{title}}
{{/each}}{{/if}}`,
    footer: `
—
{{communityName}} · sent by Cercle
{{#if links.preferences}}Manage your preferences (channel, language): {{links.preferences}}
{{/if}}{{#if links.unsubscribe}}Stop receiving these messages: {{links.unsubscribe}}
{{/if}}`,
    practicalHtml: `<p style="margin:16px 0;padding:12px 16px;background:#f1f5f9;border-radius:6px;">
<strong>When:</strong> {{when}}{{#if location}}<br><strong>Where:</strong> {{location}}{{/if}}</p>`,
    agendaHtml: `{{#if agenda.length}}<p style="margin:16px 0 4px;"><strong>Agenda</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each agenda}}<li>{{localStart}}–{{localEnd}} {{title}}</li>{{/each}}</ul>{{/if}}`,
    footerHtml: `<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0 12px;">
<p style="margin:0;font-size:13px;color:#6b7280;">{{communityName}} · sent by Cercle
{{#if links.preferences}}<br><a href="{{links.preferences}}" style="color:#6b7280;">Manage your preferences</a>{{/if}}{{#if links.unsubscribe}}<br><a href="{{links.unsubscribe}}" style="color:#6b7280;">Stop receiving these messages</a>{{/if}}</p>`,
  },
};

// A call to action that stays tappable on a phone: a padded block link, not a bare URL.
export const BUTTON_STYLE =
  'display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;';

export const LAYOUT_HTML = `<!DOCTYPE html>
<html lang="{{language}}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{subject}}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;">
<div style="max-width:560px;margin:0 auto;padding:24px 16px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2937;">
{{{body}}}
{{> footerHtml}}
</div>
</body>
</html>
`;
