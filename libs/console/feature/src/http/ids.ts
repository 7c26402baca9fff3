import { NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A community id from the path; anything but a UUID is a page that does not exist (404 page). */
export const CommunityParam = () => Param('communityId', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() }));

/** A member id from the path, checked like CommunityParam. */
export const MemberParam = () => Param('memberId', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() }));

/** A series id from the path, checked like CommunityParam. */
export const SeriesParam = () => Param('seriesId', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() }));

/** An occurrence id from the path, checked like CommunityParam. */
export const OccurrenceParam = () => Param('occurrenceId', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() }));

/** Membership's path of a community (ids are UUIDs once through CommunityParam). */
export function communityPath(communityId: string, rest = ''): string {
  return `/communities/${communityId}${rest}`;
}
