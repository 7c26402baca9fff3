import { z } from 'zod';
import { topicKind } from '@cercle/contracts';

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time written HH:mm' });

/** An organiser adds a topic for a member (`memberId`) or a named guest (`guestName`), before or on the day. */
export const proposeTopicBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    kind: topicKind,
    description: z.string().trim().max(4000).nullable().default(null),
    memberId: z.string().uuid().nullable().default(null),
    guestName: z.string().trim().min(1).max(200).nullable().default(null),
    addedOnTheDay: z.boolean().default(false),
  })
  .refine((body) => (body.memberId === null) !== (body.guestName === null), {
    message: 'give exactly one of memberId (a member) or guestName (a guest)',
    path: ['memberId'],
  });
export type ProposeTopicBody = z.infer<typeof proposeTopicBody>;

export const voteBody = z.object({ memberId: z.string().uuid() });
export type VoteBody = z.infer<typeof voteBody>;

/** Selecting without a room and times keeps the topic unplaced (a peer group's theme, a topic still to place). */
export const placementBody = z
  .object({
    selected: z.boolean(),
    room: z.string().trim().min(1).max(100).nullable().default(null),
    localStart: localTime.nullable().default(null),
    localEnd: localTime.nullable().default(null),
  })
  .refine(
    (b) => [b.room, b.localStart, b.localEnd].every((v) => v === null) || [b.room, b.localStart, b.localEnd].every((v) => v !== null),
    {
      message: 'room, localStart and localEnd go together: give all three, or none',
      path: ['room'],
    },
  )
  .refine((b) => b.selected || b.room === null, { message: 'only a selected topic can be placed', path: ['selected'] });
export type PlacementBody = z.infer<typeof placementBody>;
