import { mayCancel, mayRegister } from '../../access/policies'
import { offerOnly } from '../../fields/offerOnly'
import { statusChoices, storedStatusOf } from '../../lib/letters/choices'

/** The status select offers the moves guardStatus would accept from this user (the rest it still refuses). */
export const offerStatusMoves = offerOnly('status', ({ data, req }) =>
  statusChoices(storedStatusOf(data), { register: mayRegister(req.user, data.kind), cancel: mayCancel(req.user) }),
)
