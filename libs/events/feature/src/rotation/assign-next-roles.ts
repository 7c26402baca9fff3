import { RoleResponse } from '../entities/role-response.entity';
import type { StepEffect } from '../lifecycle/step-context';
import { uniqueIds } from '../roles/people-directory';
import { carryNextRoles, findNextOccurrence } from './next-occurrence';
import { tellChosen } from './next-roles-message';

/**
 * `assignNextRoles`: the people chosen at anticipation are told and asked to accept or decline; the next
 * occurrence gets the roles and the theme. It may be planned already (a rolling horizon): then it is updated,
 * and only when there is none is it planned, carrying them.
 */
export const assignNextRoles: StepEffect = {
  skipReason: () => null,
  run: async (ctx) => {
    const { em, occurrence } = ctx;
    const people = uniqueIds([occurrence.nextGuideMemberId, ...occurrence.nextContributorMemberIds]);
    let told = 'no next roles recorded';
    if (occurrence.nextRolesRecordedAt && people.length) {
      for (const memberId of people) {
        const role = memberId === occurrence.nextGuideMemberId ? 'guide' : 'contributor';
        if (!(await em.findOne(RoleResponse, { occurrenceId: occurrence.id, memberId })))
          em.create(RoleResponse, { occurrenceId: occurrence.id, memberId, role, answer: 'pending' });
      }
      const id = await tellChosen(em, ctx.publish, ctx.series, occurrence, people);
      told = `next roles told to ${people.length} member(s) (message ${id})`;
    } else if (occurrence.nextRolesRecordedAt) {
      told = 'next theme recorded, nobody to tell';
    }
    const next = await findNextOccurrence(em, occurrence);
    if (!next) return `${told}; ${await ctx.planNext()}`;
    if (!occurrence.nextRolesRecordedAt) return `${told}; next occurrence already planned: ${next.id} (${next.key})`;
    carryNextRoles(occurrence, next);
    return `${told}; roles carried over to the next occurrence ${next.id} (${next.key})`;
  },
};
