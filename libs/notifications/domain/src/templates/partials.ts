import type { Language } from '../render-context';

// Blocks shared by every kind, registered under the same names in each language's Handlebars
// environment so a kind's template writes `{{> practical}}` whatever its language.
export const PARTIALS: Record<Language, Record<string, string>> = {
  fr: {
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
{{#if links.unsubscribe}}Ne plus recevoir ces messages : {{links.unsubscribe}}
{{/if}}`,
    practicalHtml: `<p style="margin:16px 0;padding:12px 16px;background:#f1f5f9;border-radius:6px;">
<strong>Quand :</strong> {{when}}{{#if location}}<br><strong>Où :</strong> {{location}}{{/if}}</p>`,
    agendaHtml: `{{#if agenda.length}}<p style="margin:16px 0 4px;"><strong>Programme</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each agenda}}<li>{{localStart}}–{{localEnd}} {{title}}</li>{{/each}}</ul>{{/if}}`,
    footerHtml: `<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0 12px;">
<p style="margin:0;font-size:13px;color:#6b7280;">{{communityName}} · message envoyé par Cercle
{{#if links.unsubscribe}}<br><a href="{{links.unsubscribe}}" style="color:#6b7280;">Ne plus recevoir ces messages</a>{{/if}}</p>`,
  },
  en: {
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
{{#if links.unsubscribe}}Stop receiving these messages: {{links.unsubscribe}}
{{/if}}`,
    practicalHtml: `<p style="margin:16px 0;padding:12px 16px;background:#f1f5f9;border-radius:6px;">
<strong>When:</strong> {{when}}{{#if location}}<br><strong>Where:</strong> {{location}}{{/if}}</p>`,
    agendaHtml: `{{#if agenda.length}}<p style="margin:16px 0 4px;"><strong>Agenda</strong></p>
<ul style="margin:0 0 16px;padding-left:20px;">{{#each agenda}}<li>{{localStart}}–{{localEnd}} {{title}}</li>{{/each}}</ul>{{/if}}`,
    footerHtml: `<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0 12px;">
<p style="margin:0;font-size:13px;color:#6b7280;">{{communityName}} · sent by Cercle
{{#if links.unsubscribe}}<br><a href="{{links.unsubscribe}}" style="color:#6b7280;">Stop receiving these messages</a>{{/if}}</p>`,
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
