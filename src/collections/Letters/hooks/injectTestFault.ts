import { APIError, type CollectionAfterChangeHook } from 'payload'

/**
 * Test seam, inert unless DABIR_TEST_FAULTS=1 (set only by the test runner): a letter whose
 * subject carries the marker fails *after* it has taken its number, so the tests can prove
 * a failed registration gives its number back.
 */
export const FAULT_MARKER = '[[fail-after-number]]'

export const injectTestFault: CollectionAfterChangeHook = ({ doc }) => {
  if (process.env.DABIR_TEST_FAULTS === '1' && typeof doc.subject === 'string' && doc.subject.includes(FAULT_MARKER)) {
    throw new APIError('injected test fault after numbering', 500)
  }
  return doc
}
