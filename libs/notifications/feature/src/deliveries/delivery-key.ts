/**
 * A delivery's unique key (the delivery log's unique index: notification, channel, member or address) as
 * one string: what a provider that deduplicates retried sends (Matrix transaction ids) is given.
 */
export function deliveryKey(d: { notificationId: string; channel: string; memberId: string | null; address: string }): string {
  return `${d.notificationId}/${d.channel}/${d.memberId ?? d.address}`;
}
