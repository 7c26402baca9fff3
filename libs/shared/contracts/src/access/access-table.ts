import type { ServiceName } from '../public-routes';
import {
  AccessRule,
  admin,
  anyOrganiser,
  body,
  chatIntegration,
  consoleOnly,
  open,
  organiserOf,
  organiserOrPublic,
  ownerOf,
  param,
  publicPage,
  query,
  RouteKey,
  signedLink,
} from './access-rules';

/**
 * Who may call each HTTP route of the three services: the one place that decides it. The platform's
 * AccessGuard reads this table for every request, a service refuses to start when it serves a route
 * missing here, and the access tests walk every row (another organiser gets 404 on every `community` row).
 * Keys are the method and the route pattern as the controllers declare them.
 */
export const accessTable: Record<ServiceName | 'every', Record<RouteKey, AccessRule>> = {
  // Health and metrics are open on each service's own port; the gateway routes none of them, so they
  // stay on the operator's network (see public-routes.ts).
  every: {
    'GET /health': open,
    'GET /health/live': open,
    'GET /health/ready': open,
    'GET /metrics': open,
  },
  membership: {
    'POST /organisers': admin,
    'POST /organisers/recovery': admin,
    'GET /organisers/me': anyOrganiser,
    'GET /organisers/me/tokens': anyOrganiser,
    'POST /organisers/me/tokens': anyOrganiser,
    'DELETE /organisers/me/tokens/:tokenId': anyOrganiser,
    // The console's sign-in: anyone may ask (same answer for any email) or spend a link; counted per address.
    'POST /organisers/sign-in-links': publicPage,
    'POST /organisers/sign-in-links/redeem': publicPage,
    // OpenID Connect sign-in: the console has verified the email itself and trades it for a session token.
    'POST /organisers/console-sign-ins': consoleOnly,

    'GET /communities': anyOrganiser,
    'POST /communities': anyOrganiser,
    'GET /communities/:communityId': organiserOf('community', param('communityId')),
    'PATCH /communities/:communityId': organiserOf('community', param('communityId')),
    'GET /communities/:communityId/members': organiserOf('community', param('communityId')),
    'POST /communities/:communityId/members': organiserOf('community', param('communityId')),
    'GET /communities/:communityId/organisers': organiserOf('community', param('communityId')),
    'PUT /communities/:communityId/organisers/:organiserId': ownerOf('community', param('communityId')),
    'DELETE /communities/:communityId/organisers/:organiserId': ownerOf('community', param('communityId')),
    'GET /communities/:communityId/invitations': organiserOf('community', param('communityId')),
    'POST /communities/:communityId/invitations': ownerOf('community', param('communityId')),
    'GET /communities/:communityId/audit': organiserOf('community', param('communityId')),
    'GET /invitations/:token': signedLink,
    'POST /invitations/:token': signedLink,

    'PATCH /members/:memberId': organiserOf('member', param('memberId')),
    'POST /members/:memberId/export': organiserOf('member', param('memberId')),
    'GET /members/:memberId/export': organiserOf('member', param('memberId')),
    'POST /members/:memberId/erase': organiserOf('member', param('memberId')),
    'GET /members/:memberId/erase': organiserOf('member', param('memberId')),

    'GET /registrations/:occurrenceId': organiserOf('occurrence', param('occurrenceId')),
    'GET /r/:token': signedLink,
    'POST /r/:token': signedLink,
    'GET /join/:occurrenceId': publicPage,
    'POST /join/:occurrenceId': publicPage,
    'GET /join/confirm/:token': signedLink,
    'POST /join/confirm/:token': signedLink,
  },
  events: {
    'GET /formats': organiserOrPublic,
    'POST /formats': anyOrganiser,

    'POST /series': organiserOf('community', body('communityId')),
    'POST /series/preview': organiserOf('community', body('communityId')),
    'GET /series': organiserOf('community', query('communityId')),
    'GET /series/:seriesId': organiserOf('series', param('seriesId')),
    'PATCH /series/:seriesId': organiserOf('series', param('seriesId')),
    'GET /series/:seriesId/occurrences': organiserOf('series', param('seriesId')),
    'GET /series/:seriesId/exceptions': organiserOf('series', param('seriesId')),
    'POST /series/:seriesId/exceptions': organiserOf('series', param('seriesId')),
    'DELETE /series/:seriesId/exceptions/:date': organiserOf('series', param('seriesId')),
    // Health alerts and the series' memory.
    'GET /series/:seriesId/health-checks': organiserOf('series', param('seriesId')),
    'PUT /series/:seriesId/health-checks': organiserOf('series', param('seriesId')),
    'GET /series/:seriesId/memory': organiserOf('series', param('seriesId')),

    'GET /occurrences/:occurrenceId': organiserOf('occurrence', param('occurrenceId')),
    'GET /occurrences/:occurrenceId/change-audience': organiserOf('occurrence', param('occurrenceId')),
    'POST /occurrences/:occurrenceId/advance': organiserOf('occurrence', param('occurrenceId')),
    'POST /occurrences/:occurrenceId/reschedule': organiserOf('occurrence', param('occurrenceId')),
    'POST /occurrences/:occurrenceId/cancel': organiserOf('occurrence', param('occurrenceId')),
    'POST /occurrences/:occurrenceId/next-roles': organiserOf('occurrence', param('occurrenceId')),
    'POST /occurrences/:occurrenceId/notes': organiserOf('occurrence', param('occurrenceId')),
    'GET /occurrences/:occurrenceId/topics': organiserOf('occurrence', param('occurrenceId')),
    'POST /occurrences/:occurrenceId/topics': organiserOf('occurrence', param('occurrenceId')),
    'GET /occurrences/:occurrenceId/programme': organiserOf('occurrence', param('occurrenceId')),
    'GET /occurrences/:occurrenceId/roles': organiserOf('occurrence', param('occurrenceId')),
    'PUT /occurrences/:occurrenceId/roles': organiserOf('occurrence', param('occurrenceId')),
    'PUT /occurrences/:occurrenceId/contributions/:memberId': organiserOf('occurrence', param('occurrenceId')),
    'GET /occurrences/:occurrenceId/readiness': organiserOf('occurrence', param('occurrenceId')),
    'GET /occurrences/:occurrenceId/scribes': organiserOf('occurrence', param('occurrenceId')),
    'PUT /occurrences/:occurrenceId/scribes': organiserOf('occurrence', param('occurrenceId')),
    'GET /occurrences/:occurrenceId/rotation-proposal': organiserOf('occurrence', param('occurrenceId')),

    'POST /topics/:topicId/votes': organiserOf('topic', param('topicId')),
    'DELETE /topics/:topicId/votes': organiserOf('topic', param('topicId')),
    'DELETE /topics/:topicId/votes/:memberId': organiserOf('topic', param('topicId')),
    'PUT /topics/:topicId/placement': organiserOf('topic', param('topicId')),
    'GET /topics/ballot/:token': signedLink,
    'POST /topics/ballot/:token': signedLink,

    // The room's page of an occurrence's day (QR code): the link, its QR code, and what anyone there can do.
    'GET /occurrences/:occurrenceId/day-link': organiserOf('occurrence', param('occurrenceId')),
    'GET /occurrences/:occurrenceId/day-link/qr': organiserOf('occurrence', param('occurrenceId')),
    'POST /occurrences/:occurrenceId/programme/post': organiserOf('occurrence', param('occurrenceId')),
    'GET /day/:token': signedLink,
    'POST /day/:token/topics': signedLink,
    'POST /day/:token/scribes': signedLink,

    'PUT /rotation/members/:memberId': organiserOf('member', param('memberId')),

    'GET /notes': organiserOf('community', query('communityId')),
    'GET /notes/:token': signedLink,
    'POST /notes/:token': signedLink,
    'GET /roles/:token': signedLink,
    'POST /roles/:token': signedLink,
    'POST /roles/:token/contribution': signedLink,
    'GET /contributions/:token': signedLink,
    'POST /contributions/:token': signedLink,
    // Chat actions: Mattermost's slash command and button callbacks.
    'POST /chat/command': chatIntegration,
    'POST /chat/actions': chatIntegration,
  },
  notifications: {
    'GET /deliveries': anyOrganiser,
    'POST /deliveries/:deliveryId/resend': organiserOf('delivery', param('deliveryId')),
    'GET /notifications/:notificationId': organiserOf('notification', param('notificationId')),
    'GET /notifications/members/:memberId/preferences': organiserOf('member', param('memberId')),
    'GET /notifications/communities/:communityId/recipients': organiserOf('community', param('communityId')),
    // The console checks a Mattermost channel by a test post before connecting it to the community.
    'POST /notifications/communities/:communityId/channel-check': organiserOf('community', param('communityId')),
    // The console lists the bot's Mattermost channels so an organiser picks one by name.
    'GET /notifications/communities/:communityId/chat-channels': organiserOf('community', param('communityId')),
    // The console counts who a move or a cancellation would tell: the calendar holders are known here only.
    'GET /notifications/occurrences/:occurrenceId/calendar-holders': organiserOf('occurrence', param('occurrenceId')),
    'GET /notifications/templates/:seriesId/:kind/:language': organiserOf('series', param('seriesId')),
    'PUT /notifications/templates/:seriesId/:kind/:language': organiserOf('series', param('seriesId')),
    'DELETE /notifications/templates/:seriesId/:kind/:language': organiserOf('series', param('seriesId')),
    'POST /previews': organiserOf('series', body('seriesId', true)),
    'GET /previews': organiserOf('series', query('seriesId', true)),
    'GET /notifications/preferences/:token': signedLink,
    'POST /notifications/preferences/:token': signedLink,
    'GET /notifications/unsubscribe/:token': signedLink,
    'POST /notifications/unsubscribe/:token': signedLink,
    'GET /calendars/series/:seriesId': open,
    'GET /calendars/members/:token': signedLink,
  },
  // The console's pages check their own session cookie and call the services with the organiser's
  // token, where the rows above apply; it serves no route of the services' kinds, so it has no rows.
  console: {},
};

/** The rule of one route of one service, or undefined when the table does not list it. */
export function accessRuleFor(service: ServiceName, key: RouteKey): AccessRule | undefined {
  return accessTable[service][key] ?? accessTable.every[key];
}
