import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { conflict, notFound, Outbox, UseCaseError } from '@cercle/platform';
import { Member } from '../entities/member.entity';
import { memberChangedPayload } from './member-changed';
import type { UpdateMemberBody } from './members.schemas';

/** Editing one member (the organiser's table): their details, and deactivating or reactivating them. */
@Injectable()
export class MembersService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /** Changes what is given and tells the other services the member as they now stand (`member.changed`). */
  async update(memberId: string, body: UpdateMemberBody): Promise<Member> {
    return this.em.fork().transactional(async (em) => {
      const member = await em.findOne(Member, { id: memberId });
      if (!member) throw notFound('member', memberId);
      if (member.erasedAt) throw new UseCaseError('member-erased', 409, 'This member was erased: nothing about them can be changed');
      if (body.email && body.email !== member.email) {
        const taken = await em.count(Member, { communityId: member.communityId, email: body.email, id: { $ne: member.id } });
        if (taken) throw conflict('member-exists', `Already a member of this community: ${body.email}`);
      }
      Object.assign(member, body);
      this.outbox.publish(em, 'member.changed', memberChangedPayload(member));
      return member;
    });
  }
}
