/** The gateway's home page: where things are, in French (the users' language). */
export function homePage(options: { publicUrl: string; inboxUrl: string | null; ports: Record<string, number> }): string {
  const docs = (name: string) => `<li><a href="http://127.0.0.1:${options.ports[name]}/docs">${name}</a></li>`;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cercle</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;line-height:1.5}</style></head><body><main>
<h1>Cercle tourne en local</h1>
<p>Adresse publique : <code>${options.publicUrl}</code></p>
<p><a href="${options.publicUrl}/console">Console des organisateurs</a> : communautés, membres, séries, rencontres.
Première fois ? <a href="${options.publicUrl}/console/first-organiser">Créez votre compte d’organisateur</a> avec le jeton administrateur que <code>npm start</code> affiche.</p>
${options.inboxUrl ? `<p><a href="${options.inboxUrl}">Boîte de réception locale</a> : les e-mails envoyés et les messages Mattermost.</p>` : ''}
<h2>Documentation des API (OpenAPI)</h2><ul>${docs('membership')}${docs('events')}${docs('notifications')}</ul>
</main></body></html>`;
}
