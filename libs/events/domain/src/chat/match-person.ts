/** A member as the chat sees them: their Mattermost username and email, as membership last told events. */
export interface ChatCandidate {
  id: string;
  mattermostUsername: string | null;
  email: string | null;
  active: boolean;
}

/**
 * The member a chat user is: first by Mattermost username (what organisers fill in), then by email (the
 * address their Mattermost account holds). Case does not matter; inactive members and guests the caller
 * left out are nobody. Two members with the same address would be a guess: nobody.
 */
export function matchByUsername<T extends ChatCandidate>(candidates: T[], username: string): T | null {
  const wanted = username.trim().toLowerCase();
  if (!wanted) return null;
  return only(candidates.filter((c) => c.active && c.mattermostUsername?.toLowerCase() === wanted));
}

export function matchByEmail<T extends ChatCandidate>(candidates: T[], email: string | null | undefined): T | null {
  const wanted = email?.trim().toLowerCase();
  if (!wanted) return null;
  return only(candidates.filter((c) => c.active && c.email?.toLowerCase() === wanted));
}

function only<T>(found: T[]): T | null {
  return found.length === 1 ? found[0] : null;
}
