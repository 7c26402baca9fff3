/** An occurrence in the organiser API: its timeline, alerts and notes in full (an organiser token opens it). */
export function occurrenceApiUrl(publicUrl: string, occurrenceId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/occurrences/${occurrenceId}`;
}
