import { verifyChatAction } from '@cercle/signed-links';
import { answerCountsText, chatButton, registrationAttachment } from './chat-buttons';

const settings = { publicUrl: 'https://cercle.example.org/', linkSecret: 'a-test-secret-that-is-long-enough-1234', exp: 4102444800 };

describe('the announcement buttons', () => {
  it('calls /chat/actions with a context Cercle signed for each answer', () => {
    const attachment = registrationAttachment(settings, 'occ-1', 'fr', null);
    expect(attachment.actions.map((a) => [a.id, a.name])).toEqual([
      ['cercleyes', 'Je viens'],
      ['cerclemaybe', 'Peut-être'],
      ['cercleno', 'Non'],
    ]);
    for (const action of attachment.actions) expect(action.integration.url).toBe('https://cercle.example.org/chat/actions');
    const answers = attachment.actions.map((a) => verifyChatAction(settings.linkSecret, a.integration.context, new Date('2030-01-01')));
    // The channel's buttons name nobody: anyone in the channel may click them.
    expect(answers).toEqual(
      ['yes', 'maybe', 'no'].map((answer) => ({ action: 'register', occurrenceId: 'occ-1', answer, memberId: null })),
    );
  });

  it('signs the buttons of a one-person answer for that member', () => {
    const button = chatButton({ ...settings, forMemberId: 'member-a' }, 'cerclevote1', 'Voter 1', {
      action: 'vote',
      occurrenceId: 'occ-1',
      topicId: 'topic-1',
    });
    expect(verifyChatAction(settings.linkSecret, button.integration.context, new Date('2030-01-01'))).toMatchObject({
      memberId: 'member-a',
    });
  });

  it('shows the counts in the channel’s language, with French spacing before the colon', () => {
    expect(answerCountsText({ yes: 3, maybe: 1, no: 0 }, 'fr')).toBe('Je viens\u00a0: 3 · Peut-être\u00a0: 1 · Non\u00a0: 0');
    expect(answerCountsText({ yes: 1, maybe: 0, no: 2 }, 'en')).toBe("I'm coming: 1 · Maybe: 0 · No: 2");
    expect(answerCountsText({ yes: 0, maybe: 0, no: 0 }, 'fr')).toBe('Répondez ici : Pas encore de réponse.');
  });
});
