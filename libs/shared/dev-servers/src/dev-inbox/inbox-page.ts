import type { CaughtMessage } from '../mail-catcher/caught-message';
import type { DoubleChannel, DoublePost, DoubleUser } from '../mattermost-double/mattermost-models';

// Everything shown here was written by users (subjects, names, messages), so every value goes through
// escapeHtml; email HTML is only ever shown inside a sandboxed iframe, where its scripts cannot run.
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' });
const when = (time: Date | number) => escapeHtml(dateFormat.format(time));

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}
main{display:grid;grid-template-columns:1fr 1fr;gap:2rem}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
.reply{margin-left:1.5rem;border-left:3px solid #ccc;padding-left:.5rem}.post{margin:.5rem 0}.meta{color:#666;font-size:.85em}
iframe{width:100%;height:70vh;border:1px solid #ccc}pre{white-space:pre-wrap}
</style></head><body>${body}</body></html>`;
}

export interface MattermostView {
  posts: DoublePost[];
  channels: DoubleChannel[];
  users: DoubleUser[];
}

function renderUsers(users: DoubleUser[]): string {
  const people = users.filter((u) => !u.is_bot);
  if (!people.length) return '<h3>Personnes du Mattermost local</h3><p>Aucune pour le moment.</p>';
  return `<h3>Personnes du Mattermost local (${people.length})</h3><ul>${people.map((u) => `<li>@${escapeHtml(u.username)} — ${escapeHtml(u.email)}</li>`).join('')}</ul>`;
}

export function renderInboxPage(emails: CaughtMessage[], mattermost: MattermostView, notice?: string): string {
  const rows = [...emails]
    .reverse()
    .map(
      (m) =>
        `<tr><td>${when(m.receivedAt)}</td><td>${escapeHtml(m.to.join(', ') || m.envelope.to.join(', '))}</td>` +
        `<td><a href="/emails/${encodeURIComponent(m.id)}">${escapeHtml(m.subject || '(sans objet)')}</a></td></tr>`,
    )
    .join('\n');
  const emailSection = emails.length
    ? `<table><thead><tr><th>Reçu le</th><th>Destinataires</th><th>Objet</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>Aucun courriel reçu pour le moment.</p>';
  return layout(
    'Boîte de réception Cercle',
    `<h1>Ce que Cercle a envoyé</h1><p><a href="/">Actualiser</a></p>
<main><section><h2>Courriels (${emails.length})</h2>${emailSection}</section>
<section><h2>Messages Mattermost (${mattermost.posts.length})</h2>${notice ? `<p role="status">${escapeHtml(notice)}</p>` : ''}${renderChannels(mattermost)}
${renderUsers(mattermost.users)}${renderAddUserForm()}</section></main>`,
  );
}

function renderChannels({ posts, channels, users }: MattermostView): string {
  if (posts.length === 0) return '<p>Aucun message Mattermost pour le moment.</p>';
  const username = (id: string) => users.find((u) => u.id === id)?.username ?? id;
  const channelName = (c: DoubleChannel) =>
    c.type === 'D' ? `Message direct : ${c.name.split('__').map(username).join(' ↔ ')}` : `~${c.name} (${c.display_name})`;
  const post = (p: DoublePost, cssClass: string) =>
    `<div class="${cssClass}"><div class="meta">@${escapeHtml(username(p.user_id))} · ${when(p.create_at)}` +
    `${p.file_ids.length ? ` · ${p.file_ids.length} fichier(s)` : ''}</div><pre>${escapeHtml(p.message)}</pre></div>`;
  return channels
    .filter((c) => posts.some((p) => p.channel_id === c.id))
    .map((c) => {
      const roots = posts.filter((p) => p.channel_id === c.id && !p.root_id);
      const threads = roots.map(
        (root) =>
          post(root, 'post') +
          posts
            .filter((p) => p.root_id === root.id)
            .map((r) => post(r, 'post reply'))
            .join(''),
      );
      return `<h3>${escapeHtml(channelName(c))}</h3>${threads.join('')}`;
    })
    .join('\n');
}

/** The calendar invites of a message (METHOD, UID, SEQUENCE, DTSTART, STATUS…), as the calendar reads them. */
function renderCalendarParts(message: CaughtMessage): string {
  const invites = message.attachments.filter((a) => a.contentType.startsWith('text/calendar'));
  return invites
    .map((invite) => {
      const ics = invite.content.toString('utf8');
      // Folded lines (RFC 5545 §3.1) continue with a space: unfold before picking properties.
      const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
      // METHOD belongs to the calendar; every other row to the VEVENT, not the VTIMEZONE before it, whose
      // STANDARD and DAYLIGHT parts have DTSTARTs of their own (1970…).
      const start = lines.indexOf('BEGIN:VEVENT');
      const event = start < 0 ? [] : lines.slice(start, lines.indexOf('END:VEVENT', start) + 1 || undefined);
      const pick = (from: string[], name: string) =>
        from.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))?.replace(/^[^:]*:/, '') ?? '';
      const field = (name: string) => pick(name === 'METHOD' ? lines : event, name);
      const rows = ['METHOD', 'UID', 'SEQUENCE', 'STATUS', 'SUMMARY', 'DTSTART', 'DTEND', 'LOCATION']
        .filter((name) => field(name))
        .map((name) => `<tr><th>${name}</th><td>${escapeHtml(field(name))}</td></tr>`)
        .join('');
      return `<h2>Invitation d'agenda</h2><table>${rows}</table><details><summary>Texte iCalendar</summary><pre>${escapeHtml(ics)}</pre></details>`;
    })
    .join('');
}

/** The form that adds a user to the local Mattermost, so that a member's direct messages reach someone. */
function renderAddUserForm(): string {
  return `<h3>Ajouter une personne au Mattermost local</h3>
<p>Un membre qui a un nom d'utilisateur Mattermost reçoit des messages directs : le Mattermost local doit connaître ce nom.</p>
<form method="post" action="/mattermost/users">
<p><label for="username">Nom d'utilisateur</label> <input id="username" name="username" required pattern="[A-Za-z0-9._-]{3,22}"></p>
<p><label for="email">Adresse e-mail (facultative)</label> <input id="email" name="email" type="email"></p>
<p><button type="submit">Ajouter</button></p></form>`;
}

export function renderEmailPage(message: CaughtMessage): string {
  const attachments = message.attachments
    .map((a) => `<li>${escapeHtml(a.filename ?? '(sans nom)')} — ${escapeHtml(a.contentType)}, ${a.size} octets</li>`)
    .join('');
  // srcdoc takes an HTML document as an attribute value: escaping it is what keeps the quotes intact;
  // sandbox without allow-scripts keeps the email's scripts from running.
  const html = message.html
    ? `<h2>Version HTML</h2><iframe sandbox title="Version HTML" srcdoc="${escapeHtml(message.html)}"></iframe>`
    : '';
  const text = message.text ? `<h2>Version texte</h2><pre>${escapeHtml(message.text)}</pre>` : '';
  const body = `${html}${text}${renderCalendarParts(message)}` || '<p>(message vide)</p>';
  return layout(
    message.subject || 'Courriel',
    `<p><a href="/">← Retour</a></p><h1>${escapeHtml(message.subject || '(sans objet)')}</h1>
<table><tr><th>Reçu le</th><td>${when(message.receivedAt)}</td></tr>
<tr><th>De</th><td>${escapeHtml(message.fromName ? `${message.fromName} <${message.from}>` : message.from)}</td></tr>
<tr><th>À</th><td>${escapeHtml(message.to.join(', '))}</td></tr>
<tr><th>Enveloppe</th><td>${escapeHtml(message.envelope.from)} → ${escapeHtml(message.envelope.to.join(', '))}</td></tr></table>
${attachments ? `<h2>Pièces jointes</h2><ul>${attachments}</ul>` : ''}
${body}`,
  );
}
