import { fieldErrorsOf, type ApiErrorBody } from '../series/api-errors';
import type { Lang } from '../shell/page-context';
import { placementBody } from './topics.view';

/** A posted form as the console's body parser gives it: a repeated field (ticked boxes) is an array. */
export type PostedForm = Record<string, string | string[] | undefined>;

const one = (form: PostedForm, name: string): string => {
  const value = form[name];
  return (Array.isArray(value) ? value[0] : (value ?? '')).trim();
};
const many = (form: PostedForm, name: string): string[] => {
  const value = form[name];
  return (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean);
};

/** The form's values as a re-rendered form keeps them (ticked boxes joined by commas). */
export function keptValues(form: PostedForm): Record<string, string> {
  return Object.fromEntries(
    Object.entries(form)
      .filter(([name]) => name !== '_csrf')
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : (value ?? '')]),
  );
}

/**
 * Each occurrence form: the API call's body, and where the API's refusals go in the form. Paths are the
 * API's field names; codes are the use-case errors that belong to one field.
 */
export const occurrenceForms = {
  vote: {
    body: (form: PostedForm) => ({ memberId: one(form, 'memberId') }),
    errors: (error: ApiErrorBody, lang: Lang) =>
      fieldErrorsOf(
        error,
        { memberId: 'memberId' },
        { 'topic-not-found': 'topicId', 'not-a-voter': 'memberId', 'member-inactive': 'memberId', 'member-unknown': 'memberId' },
        lang,
      ),
  },
  placement: {
    body: (form: PostedForm) => placementBody(Object.fromEntries(Object.entries(keptValues(form)))),
    errors: (error: ApiErrorBody, lang: Lang) =>
      fieldErrorsOf(
        error,
        { room: 'room', localStart: 'localStart', localEnd: 'localEnd', selected: 'selected' },
        { PLACEMENT_CONFLICT: 'room', INVALID_PLACEMENT: 'localStart' },
        lang,
      ),
  },
  roles: {
    body: (form: PostedForm) => ({
      guideMemberId: one(form, 'guideMemberId') || null,
      contributorMemberIds: many(form, 'contributorMemberIds'),
    }),
    errors: (error: ApiErrorBody, lang: Lang) =>
      fieldErrorsOf(
        error,
        { guideMemberId: 'guideMemberId', contributorMemberIds: 'contributorMemberIds' },
        {
          'guide-also-contributor': 'contributorMemberIds',
          'contributor-named-twice': 'contributorMemberIds',
          'role-not-in-format': 'guideMemberId',
          'not-community-members': 'contributorMemberIds',
        },
        lang,
      ),
  },
  scribe: {
    body: (form: PostedForm) => ({ workshop: one(form, 'workshop'), memberId: one(form, 'memberId') }),
    errors: (error: ApiErrorBody, lang: Lang) =>
      fieldErrorsOf(error, { workshop: 'workshop', memberId: 'memberId' }, { 'not-community-members': 'memberId' }, lang),
  },
  reschedule: {
    body: (form: PostedForm) => ({ localStart: one(form, 'localStart') }),
    errors: (error: ApiErrorBody, lang: Lang) =>
      fieldErrorsOf(
        error,
        { localStart: 'localStart', '': 'localStart' },
        {
          'start-not-in-future': 'localStart',
          LOCAL_TIME_NONEXISTENT: 'localStart',
          LOCAL_TIME_AMBIGUOUS: 'localStart',
          LOCAL_TIME_WRONG_OFFSET: 'localStart',
        },
        lang,
      ),
  },
  cancel: {
    body: (form: PostedForm) => ({ reason: one(form, 'reason') }),
    errors: (error: ApiErrorBody, lang: Lang) => fieldErrorsOf(error, { reason: 'reason' }, {}, lang),
  },
} as const;
