import { deliveriesView, type DeliveriesPage } from './deliveries.view';

const base: DeliveriesPage = {
  language: 'fr',
  csrf: 'tok',
  timeZone: 'Europe/Paris',
  failed: [
    {
      id: 'd1',
      kind: 'announcement',
      channel: 'email',
      address: 'gaelle@example.org',
      attempts: 5,
      lastError: 'SMTP 550',
      providerAnswer: '550 5.1.1 <gaelle@example.org>: user unknown',
      createdAt: '2027-03-18T10:31:00.000Z',
    },
  ],
  kinds: ['announcement', 'reschedule'],
  members: [{ id: 'm1', name: 'Gaëlle' }],
  series: [{ id: 's1', title: 'Groupe de partage' }],
  form: { values: { kind: 'reschedule', memberId: 'm1', language: 'fr' }, errors: {} },
  preview: null,
};

describe('the deliveries page', () => {
  it("shows each failed delivery with the provider's answer, escaped, and a resend button for it and for all", () => {
    const html = deliveriesView(base).value;
    expect(html).toContain('550 5.1.1 &lt;gaelle@example.org&gt;: user unknown');
    expect(html).toContain('action="/console/deliveries/d1/resend"');
    expect(html).toContain('action="/console/deliveries/resend-all"');
    expect(html).toContain('jeudi 18 mars 2027 à 11:31 (heure de Paris)');
  });

  it('offers no resend-all when nothing failed', () => {
    const html = deliveriesView({ ...base, failed: [] }).value;
    expect(html).toContain('Aucun envoi en échec.');
    expect(html).not.toContain('resend-all');
  });

  it('keeps the chosen kind and member, and shows the email in a sandboxed frame with the text and chat versions', () => {
    const html = deliveriesView({
      ...base,
      preview: {
        kind: 'reschedule',
        language: 'fr',
        subject: 'Nouvelle date',
        text: 'Bonjour Gaëlle',
        html: '<p class="x">Bonjour</p>',
        chat: '**Nouvelle date**',
      },
    }).value;
    expect(html).toMatch(/<option value="reschedule"\s+selected>/);
    expect(html).toMatch(/<option value="m1"\s+selected>/);
    expect(html).toContain('sandbox="" srcdoc="&lt;p class=&quot;x&quot;&gt;Bonjour&lt;/p&gt;"');
    expect(html).toContain('<pre class="console-pre-wrap">Bonjour Gaëlle</pre>');
  });
});
