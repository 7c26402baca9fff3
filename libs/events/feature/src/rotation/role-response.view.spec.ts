import { renderRoleResponsePage } from './role-response.view';
import type { RoleResponseView } from './role-response.service';

const view = (overrides: Partial<RoleResponseView> = {}): RoleResponseView => ({
  member: { memberId: 'm1', name: 'Ana <script>alert(1)</script>' },
  role: 'contributor',
  answer: 'pending',
  language: 'fr',
  session: {
    occurrenceId: 'o2',
    title: 'Groupe de partage',
    startsAt: new Date('2027-04-15T17:00:00Z'),
    timeZone: 'Europe/Paris',
    theme: 'Accessibilité',
  },
  contribution: null,
  ...overrides,
});

describe('the role response page', () => {
  it('says who, which role and when in local time, with Accept and Decline buttons in a plain form', () => {
    const html = renderRoleResponsePage('fr', view(), '/roles/tok?lang=fr');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Ana &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<strong>contributeur·rice</strong>');
    expect(html).toContain('jeudi 15 avril 2027, 19:00');
    expect(html).toMatch(/<form method="post" action="\/roles\/tok\?lang=fr">/);
    expect(html).toContain('value="accept"');
    expect(html).toContain('value="decline"');
  });

  it('offers no buttons once declined, and the contribution form once accepted as contributor', () => {
    expect(renderRoleResponsePage('en', view({ answer: 'declined' }), '/roles/tok')).not.toContain('<form');
    const html = renderRoleResponsePage(
      'en',
      view({ answer: 'accepted', contribution: { kind: 'demo', title: 'A "demo"', materialsUrl: null, prepStatus: 'inProgress' } }),
      '/roles/tok?lang=en',
    );
    expect(html).toContain('action="/roles/tok/contribution?lang=en"');
    expect(html).toContain('value="A &quot;demo&quot;"');
    expect(html).toContain('<option value="demo" selected>');
    expect(html).not.toContain('value="accept"');
  });
});
