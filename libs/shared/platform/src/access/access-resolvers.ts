import type { EntityManager } from '@mikro-orm/postgresql';
import type { ResourceKind } from '@cercle/contracts';

/**
 * How a service finds the community a resource belongs to, from its own tables: one function per kind
 * of resource its routes act on. Null when the resource does not exist (the guard then answers 404,
 * exactly as for someone else's resource).
 */
export type CommunityOfResource = (em: EntityManager, id: string) => Promise<string | null>;
export type AccessResolvers = Partial<Record<ResourceKind, CommunityOfResource>>;

export const ACCESS_RESOLVERS = Symbol('ACCESS_RESOLVERS');

/** A community id is its own community; whether the caller organises it is the guard's question. */
export const communityItself: CommunityOfResource = async (_em, id) => id;
