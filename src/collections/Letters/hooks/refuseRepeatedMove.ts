import { raceMessages } from '../../../lib/races/messages'
import { refuseRepeatedMove } from '../../../server/repeatedMove'

const given = (value: unknown) => String(value ?? '').trim() !== ''

/**
 * A registration, cancellation or correction that has already happened is a 409, not a
 * second success: registering a registered letter (nothing else changed) names its number;
 * cancelling a cancelled one is refused, even with another reason (the first reason stands);
 * a correction that finds the letter already reading so has nothing to record.
 */
export const refuseRepeatedLetterMove = refuseRepeatedMove('letters', (original, data, unchanged) => {
  const status = original.status
  if (status !== 'draft' && given(data.correctionReason) && unchanged) return { message: raceMessages.nothingToCorrect, action: 'correct' }
  if (status === 'cancelled' && data.status === 'cancelled' && (unchanged || ('cancelReason' in data && data.cancelReason !== original.cancelReason))) {
    return { message: raceMessages.letterAlreadyIn('cancelled'), action: 'cancel' }
  }
  if (status === 'registered' && data.status === 'registered' && unchanged) {
    return { message: raceMessages.letterAlreadyRegistered(String(original.registryNumber ?? '')), action: 'register' }
  }
  return null
})
