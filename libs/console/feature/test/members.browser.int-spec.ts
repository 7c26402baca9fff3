import type { Browser, Page } from 'playwright-core';
import { waitFor } from '@cercle/testing';
import { ConsoleTestStack } from './console-test-stack';
import { breadcrumbOf, expectAccessible, launchBrowser, newConsolePage, tabTo } from './browser';
import { signInByLink } from './sign-in-helper';

jest.setTimeout(240_000);

/** A community and its members from the console, in headless Chromium without JavaScript. */
describe('communities and members in the console', () => {
  const stack = new ConsoleTestStack();
  let browser: Browser;
  let page: Page;
  let communityUrl: string;

  const membersOf = async (communityId: string) =>
    (await stack.membership
      .em()
      .getConnection()
      .execute(`select name, email, active from membership.member where community_id = ?`, [communityId])) as Array<{
      name: string;
      email: string;
      active: boolean;
    }>;
  const communityId = () => new URL(communityUrl).pathname.split('/')[3];

  beforeAll(async () => {
    [browser] = await Promise.all([launchBrowser(), stack.start('console_members')]);
    page = await newConsolePage(browser);
    await signInByLink(stack, page, `ines.${Date.now()}@example.org`, 'Inès');
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  it('creates a community with the keyboard alone and connects its Mattermost channel', async () => {
    await expectAccessible(page);
    await tabTo(page, 'Nom');
    await page.keyboard.type('Communauté des intrapreneurs');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Communauté des intrapreneurs', level: 1 }).waitFor();
    communityUrl = page.url().split('?')[0];
    await page.getByText('La communauté a été créée.').waitFor();
    expect(await breadcrumbOf(page)).toEqual(['Accueil', 'Communautés', 'Communauté des intrapreneurs']);
    await expectAccessible(page);

    await page.getByLabel('Identifiant du canal').fill('not a channel!');
    await page.getByRole('button', { name: 'Enregistrer le canal' }).click();
    await page.getByText('Un identifiant de canal Mattermost fait de 1 à 64 lettres ou chiffres.').first().waitFor();
    expect(await page.getByLabel('Identifiant du canal').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Identifiant du canal').inputValue()).toBe('not a channel!');
    await expectAccessible(page);
    // Notifications learns who organises the community from membership's message, a moment later.
    await waitFor(
      async () =>
        (await stack.notifications.sql('select 1 from "notifications"."community_organiser" where "community_id" = ?', [communityId()]))
          .length > 0,
      {
        description: 'notifications to know the community’s organisers',
      },
    );
    const unknownChannel = 'x'.repeat(26);
    await page.getByLabel('Identifiant du canal').fill(unknownChannel);
    await page.getByRole('button', { name: 'Enregistrer le canal' }).click();
    await page.getByText('Le robot de Cercle n’a pas pu publier dans ce canal').first().waitFor();
    // Mattermost's English answer, said in French.
    expect(await page.locator('#mattermostChannelId-error').textContent()).toContain('Mattermost a répondu : ce canal n’existe pas.');
    expect(await page.getByLabel('Identifiant du canal').inputValue()).toBe(unknownChannel);

    await page.getByLabel('Identifiant du canal').fill(stack.notifications.channelId);
    await page.getByRole('button', { name: 'Enregistrer le canal' }).click();
    await page.getByText('Le canal Mattermost a été enregistré : un message de test y a été publié.').waitFor();
    expect(stack.notifications.mattermost.posts({ channelId: stack.notifications.channelId }).map((p) => p.message)).toContain(
      'Cercle est connecté à ce canal : les annonces, le programme et les notes de la communauté y seront publiés.',
    );
    const [row] = await stack.membership
      .em()
      .getConnection()
      .execute(`select mattermost_channel_id from membership.community where id = ?`, [communityId()]);
    expect(row.mattermost_channel_id).toBe(stack.notifications.channelId);
  });

  it('connects a channel picked by name among the bot’s channels, and says when Mattermost does not answer', async () => {
    const mattermost = stack.notifications.mattermost;
    const picked = mattermost.addChannel({
      name: 'intra-orga',
      displayName: 'Orga intra',
      type: 'P',
      memberIds: [stack.notifications.botId],
    });
    await page.goto(communityUrl);
    const list = page.getByLabel('Canal où le robot de Cercle est membre');
    // The channel connected by id just before shows selected, by name.
    expect(await list.locator('option:checked').textContent()).toBe('Cercle / team-alliance');
    await list.selectOption({ label: 'Cercle / Orga intra (privé)' });
    // A pick and a pasted id at once: refused, both kept, until one of them is emptied.
    await page.getByLabel('Ou identifiant du canal').fill('autrecanal1');
    await page.getByRole('button', { name: 'Enregistrer le canal' }).click();
    await page.getByText('Choisissez un canal dans la liste ou collez un identifiant, pas les deux').first().waitFor();
    expect(await list.locator('option:checked').textContent()).toBe('Cercle / Orga intra (privé)');
    expect(await page.getByLabel('Ou identifiant du canal').inputValue()).toBe('autrecanal1');
    await expectAccessible(page);
    await page.getByLabel('Ou identifiant du canal').fill('');
    await page.getByRole('button', { name: 'Enregistrer le canal' }).click();
    await page.getByText('Le canal Mattermost a été enregistré : un message de test y a été publié.').waitFor();
    expect(mattermost.posts({ channelId: picked.id })).toHaveLength(1);
    const [row] = await stack.membership
      .em()
      .getConnection()
      .execute(`select mattermost_channel_id from membership.community where id = ?`, [communityId()]);
    expect(row.mattermost_channel_id).toBe(picked.id);

    mattermost.failNext(1, { status: 503, path: /^\/users\/me\/teams$/ });
    await page.goto(communityUrl);
    await page.getByText('Mattermost ne répond pas : la liste des canaux n’est pas disponible pour l’instant.').waitFor();
    expect(await page.locator('select#mattermostChannelPick').count()).toBe(0);
    await expectAccessible(page);
    await page.getByLabel('Identifiant du canal').fill(stack.notifications.channelId);
    await page.getByRole('button', { name: 'Enregistrer le canal' }).click();
    await page.getByText('Le canal Mattermost a été enregistré').waitFor();
  });

  it('adds a member, showing a wrong email next to its field and keeping what was typed', async () => {
    await page.goto(`${communityUrl}/members`);
    await expectAccessible(page);
    expect(await breadcrumbOf(page)).toEqual(['Accueil', 'Communautés', 'Communauté des intrapreneurs', 'Membres']);
    await page.getByLabel('Nom *').fill('Léa Martin');
    await page.getByLabel('Adresse e-mail *').fill('lea.martin@');
    await page.getByLabel('Identifiant Mattermost').fill('@Lea.Martin');
    await page.getByRole('button', { name: 'Ajouter le membre' }).click();
    await page.getByRole('alert').getByText('Saisissez une adresse e-mail valide').waitFor();
    expect(await page.getByLabel('Nom *').inputValue()).toBe('Léa Martin');
    expect(await page.getByLabel('Adresse e-mail *').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await page.getByLabel('Adresse e-mail *').fill('lea.martin@example.org');
    await page.getByRole('button', { name: 'Ajouter le membre' }).click();
    await page.getByText('Le membre a été ajouté.').waitFor();
    expect(await membersOf(communityId())).toEqual([{ name: 'Léa Martin', email: 'lea.martin@example.org', active: true }]);
  });

  it('imports 200 members from a CSV: preview with each rejected line, progress, then all of them in the table', async () => {
    const lines = ['nom;courriel;mattermost;langue'];
    for (let i = 1; i <= 200; i++) lines.push(`Membre ${i};membre${i}@example.org;membre.${i};${i % 2 ? 'fr' : 'en'}`);
    lines.splice(5, 0, 'Sans Adresse;pas-une-adresse;;fr');
    lines.push('Léa Martin;lea.martin@example.org;;fr', 'Langue Inconnue;inconnue@example.org;;de');
    await page.goto(`${communityUrl}/members/import`);
    await expectAccessible(page);
    expect(await breadcrumbOf(page)).toEqual(['Accueil', 'Communautés', 'Communauté des intrapreneurs', 'Membres', 'Importer des membres']);
    await page
      .getByLabel('Fichier CSV')
      .setInputFiles({ name: 'membres.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.getByRole('button', { name: 'Prévisualiser l’import' }).click();

    await page.getByRole('heading', { name: 'Prévisualisation de l’import' }).waitFor();
    const summary = await page.locator('main ul').first().innerText();
    expect(summary.replace(/\s+/g, ' ')).toBe('200 membre(s) à importer 1 déjà membre(s), ignoré(s) 2 ligne(s) refusée(s)');
    await page.getByText('Ligne 6 : adresse e-mail invalide « pas-une-adresse »').waitFor();
    await page.getByText('Ligne 204 : langue inconnue « de » (fr ou en)').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Importer 200 membre(s)' }).click();
    await page.getByText('Import terminé : 200 membre(s) ajouté(s).').waitFor();
    expect(await page.locator('progress').count()).toBe(4);
    expect(await page.locator('progress').last().getAttribute('value')).toBe('200');
    await expectAccessible(page);
    expect(await membersOf(communityId())).toHaveLength(201);

    await page.getByRole('link', { name: 'Voir les membres' }).click();
    await page.getByText('201 membre(s) affiché(s) sur 201').waitFor();
  });

  it('finds a member by search, edits them and deactivates them', async () => {
    await page.goto(`${communityUrl}/members`);
    await page.getByLabel('Rechercher un membre').fill('membre137@');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('1 membre(s) affiché(s) sur 201').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Modifier' }).click();
    await page.getByLabel('Nom *').fill('Camille Membre');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Les modifications ont été enregistrées.').waitFor();

    await page.goto(`${communityUrl}/members?q=camille`);
    await page.getByRole('button', { name: 'Désactiver' }).click();
    await page.getByText('Le membre a été désactivé : il ne reçoit plus rien.').waitFor();
    await page.getByRole('cell', { name: 'Désactivé' }).waitFor();
    expect((await membersOf(communityId())).find((m) => m.email === 'membre137@example.org')).toEqual({
      name: 'Camille Membre',
      email: 'membre137@example.org',
      active: false,
    });
  });

  it('invites a co-organiser, who receives the invitation by email', async () => {
    await page.goto(communityUrl);
    await page.getByRole('link', { name: 'Voir et inviter les co-organisateurs et co-organisatrices' }).click();
    await page.getByRole('cell', { name: 'Inès' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Adresse e-mail *').fill('nour@example.org');
    await page.getByLabel('Nom (facultatif)').fill('Nour');
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.getByText('L’invitation a été envoyée.').waitFor();
    await page.getByText('Nour nour@example.org').waitFor();
    await waitFor(() => stack.notifications.mail.messages({ to: 'nour@example.org' })[0], { description: 'the invitation email' });
  });
});
