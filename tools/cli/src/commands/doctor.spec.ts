import { textFor } from '../text/text';
import { failedChannelDetail } from './doctor';

const SETTING = 'MATTERMOST_URL, MATTERMOST_TOKEN';

describe("cercle doctor's advice on failed Mattermost deliveries", () => {
  it('sends a direct message to an unknown username to the user list, not to the server settings', () => {
    const error = 'Mattermost refused GET /api/v4/users/username/jdupont (404)';
    const fr = failedChannelDetail(textFor('fr').doctor, 1, error, SETTING);
    expect(fr).toContain('Mattermost ne connaît pas l’utilisateur « jdupont »');
    expect(fr).toContain('ajoutez cette personne à Mattermost');
    expect(fr).not.toContain('MATTERMOST_URL');
    const en = failedChannelDetail(textFor('en').doctor, 2, error, SETTING);
    expect(en).toContain('Mattermost knows no user "jdupont"');
    expect(en).toContain("correct the member's Mattermost username");
    expect(en).not.toContain('MATTERMOST_URL');
  });

  it('still points at the settings when Mattermost refuses the token or cannot be reached', () => {
    expect(failedChannelDetail(textFor('en').doctor, 1, 'Mattermost refused POST /api/v4/posts (401)', SETTING)).toContain(
      `check ${SETTING}`,
    );
    expect(
      failedChannelDetail(textFor('fr').doctor, 1, 'Mattermost unreachable for GET /api/v4/users/me: ECONNREFUSED', SETTING),
    ).toContain(`vérifiez ${SETTING}`);
  });
});
