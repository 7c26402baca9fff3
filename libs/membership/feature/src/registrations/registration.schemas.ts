import { z } from 'zod';

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/**
 * The registration form (HTML form post or JSON). A topic is optional; when its title is given, its kind
 * is required. Empty form fields count as absent.
 */
export const registrationForm = z
  .object({
    answer: z.enum(['yes', 'no', 'maybe'], { message: 'Choose yes, no or maybe' }),
    topicTitle: z.preprocess(emptyToNull, z.string().trim().min(3, 'At least 3 characters').max(200).nullable().default(null)),
    topicKind: z.preprocess(emptyToNull, z.enum(['talk', 'demo', 'experienceReport', 'invitedExpert', 'workshop']).nullable().default(null)),
    topicDescription: z.preprocess(emptyToNull, z.string().trim().max(4000).nullable().default(null)),
  })
  .superRefine((value, ctx) => {
    if (value.topicTitle && !value.topicKind) ctx.addIssue({ code: 'custom', path: ['topicKind'], message: 'Choose the kind of topic' });
  });
export type RegistrationForm = z.infer<typeof registrationForm>;
