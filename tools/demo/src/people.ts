const firstNames = ['Camille', 'Dominique', 'Sacha', 'Alix', 'Noa', 'Maëlle', 'Yanis', 'Inès', 'Hugo', 'Léa', 'Nour', 'Jules'];

/** Demo members: plausible French names, unique emails and Mattermost usernames. */
export function demoPeople(count: number): Array<{ name: string; email: string; mattermostUsername: string; language: 'fr' | 'en' }> {
  return Array.from({ length: count }, (_, i) => {
    const first = firstNames[i % firstNames.length];
    const n = Math.floor(i / firstNames.length);
    const slug = `${first
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase()}${n || ''}`;
    return { name: n ? `${first} ${n}` : first, email: `${slug}@exemple.fr`, mattermostUsername: slug, language: i === 1 ? 'en' : 'fr' };
  });
}
