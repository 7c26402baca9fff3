/**
 * An occurrence's page in the organisers' console: its timeline, roles and notes, opened in a browser
 * (the console asks for sign-in by emailed link). Links in alerts and in the series memory point here,
 * not at the API, which a browser cannot open without a token.
 */
/** The console's deliveries page, where organisers see and resend what failed. */
export function consoleDeliveriesUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/console/deliveries`;
}

export function occurrencePageUrl(publicUrl: string, occurrenceId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/console/occurrences/${occurrenceId}`;
}
