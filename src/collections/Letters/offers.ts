import { mayCancel, mayCorrect, mayRegister } from '../../access/policies'
import { offerOnly } from '../../fields/offerOnly'
import { statusChoices, storedStatusOf } from '../../lib/letters/choices'
import { levelsClearedBy } from '../../lib/security/clearance'

/** The status select offers the moves guardStatus would accept from this user (the rest it still refuses). */
export const offerStatusMoves = offerOnly('status', ({ data, req }) =>
  statusChoices(storedStatusOf(data), { register: mayRegister(req.user, data.kind), cancel: mayCancel(req.user) }),
)

/**
 * The classification select offers the levels within the user's clearance (refuseAboveClearance
 * refuses the rest), on a registered letter only to who changes it there, by «اصلاح» with a
 * written reason (the office chief): to others it is read-only, as the reason cannot be given
 * from the form.
 */
export const offerClassification = offerOnly('classification', ({ data, req }) =>
  storedStatusOf(data) === 'draft' || mayCorrect(req.user) ? levelsClearedBy(req.user?.clearance) : [],
)
