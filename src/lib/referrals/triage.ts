// The triage drafts: referrals proposed at registration (routing rules, or one to the office
// chief) wait as drafts until an office chief sends them. Any office chief may, not only the
// one who registered the letter.
import { hasRole } from '../security/roles'

/** Whether the user may review and send the drafts proposed at registration: the office chief's role. */
export function mayTriage(user: { roles?: unknown; active?: unknown } | null | undefined): boolean {
  return Boolean(user) && user!.active !== false && hasRole(user, 'secretariat')
}
