import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  communitiesOrganisedBy,
  CommunityOrganiser,
  OrganiserPrincipal,
  Outbox,
  conflict,
  notFound,
  CLOCK,
  type Clock,
} from '@cercle/platform';
import type { ChatChoice, PayloadOf } from '@cercle/contracts';
import { Community } from '../entities/community.entity';
import { Member } from '../entities/member.entity';
import type { AddMembersBody, UpdateCommunityBody } from './communities.schemas';
import { setCommunityRole } from './community-organisers';
import { checkChatSetup } from './chat-setup';
import { memberChangedPayload } from '../members/member-changed';

@Injectable()
export class CommunitiesService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /** Creates a community whose owner is the organiser who creates it. */
  async create(
    owner: OrganiserPrincipal,
    input: {
      name: string;
      mattermostChannelId: string | null;
      matrixRoomId: string | null;
      chat: ChatChoice;
      defaultLanguage: 'fr' | 'en';
    },
  ): Promise<Community> {
    checkChatSetup(input);
    return this.em.fork().transactional(async (em) => {
      const community = em.create(Community, { id: randomUUID(), ...input, createdAt: this.clock.now() });
      await setCommunityRole(em, this.outbox, {
        communityId: community.id,
        organiserId: owner.organiserId,
        organiserName: owner.organiserName,
        role: 'owner',
        active: true,
      });
      this.outbox.publish(em, 'community.changed', communityChangedPayload(community));
      return community;
    });
  }

  /** Renames a community, changes its default language or its Mattermost channel (null: email only). */
  async update(communityId: string, body: UpdateCommunityBody): Promise<Community> {
    return this.em.fork().transactional(async (em) => {
      const community = await em.findOne(Community, { id: communityId });
      if (!community) throw notFound('community', communityId);
      Object.assign(community, body);
      checkChatSetup(community);
      this.outbox.publish(em, 'community.changed', communityChangedPayload(community));
      return community;
    });
  }

  /** The communities this organiser organises, with their role in each. */
  async listOrganisedBy(organiserId: string): Promise<Array<Community & { role: string }>> {
    const em = this.em.fork();
    const ids = await communitiesOrganisedBy(em, organiserId);
    const roles = await em.find(CommunityOrganiser, { organiserId, active: true });
    const communities = await em.find(Community, { id: { $in: ids } }, { orderBy: { name: 'asc' } });
    return communities.map((community) => ({ ...community, role: roles.find((r) => r.communityId === community.id)!.role }));
  }

  async get(communityId: string): Promise<Community & { memberCount: number }> {
    const em = this.em.fork();
    const community = await em.findOne(Community, { id: communityId });
    if (!community) throw notFound('community', communityId);
    const memberCount = await em.count(Member, { communityId, active: true });
    return { ...community, memberCount };
  }

  async listMembers(communityId: string): Promise<Member[]> {
    await this.get(communityId);
    return this.em.fork().find(Member, { communityId }, { orderBy: { name: 'asc' } });
  }

  /** Adds members in one transaction: either all of them (and their messages) or none. */
  async addMembers(communityId: string, body: AddMembersBody): Promise<Member[]> {
    const emails = body.members.map((m) => m.email);
    const duplicates = emails.filter((e, i) => emails.indexOf(e) !== i);
    if (duplicates.length) throw conflict('member-duplicate', `The same email appears twice: ${[...new Set(duplicates)].join(', ')}`);
    return this.em.fork().transactional(async (em) => {
      const community = await em.findOne(Community, { id: communityId });
      if (!community) throw notFound('community', communityId);
      const existing = await em.find(Member, { communityId, email: { $in: emails } });
      const members = existing.filter((m) => !m.guest);
      if (members.length) {
        throw conflict('member-exists', `Already members of this community: ${members.map((m) => m.email).join(', ')}`);
      }
      const now = this.clock.now();
      return body.members.map((input) => {
        const details = {
          name: input.name,
          language: input.language ?? community.defaultLanguage,
          mattermostUsername: input.mattermostUsername,
          matrixUserId: input.matrixUserId,
          active: true,
          guest: false,
        };
        // A guest the organiser adds becomes a member: same row, so their registrations stay theirs.
        const guest = existing.find((m) => m.email === input.email);
        const member = guest
          ? Object.assign(guest, details)
          : em.create(Member, { id: randomUUID(), communityId, email: input.email, createdAt: now, ...details });
        this.outbox.publish(em, 'member.changed', memberChangedPayload(member));
        return member;
      });
    });
  }
}

/** The `community.changed` of a community as it now stands. */
function communityChangedPayload(community: Community): PayloadOf<'community.changed'> {
  return {
    communityId: community.id,
    name: community.name,
    mattermostChannelId: community.mattermostChannelId,
    defaultLanguage: community.defaultLanguage,
    matrixRoomId: community.matrixRoomId,
    chat: community.chat,
  };
}
