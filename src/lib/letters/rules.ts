import { hasRole, type Role } from '../security/roles'

/**
 * What registration freezes: everything. After a letter is registered it is the registry's
 * record, and a field changes only if it is listed in AFTER_REGISTRATION below, by the roles
 * listed there; any other field of the stored letter is refused (409), whoever asks, on every
 * door. The numbering fields never change at all.
 */
export const NUMBERING_FIELDS = ['registryBook', 'registryNumber', 'registryYear', 'registrySeq', 'registeredAt'] as const

/**
 * How a listed field may still change once a letter is registered:
 * - `correction`: the office chief (secretariat), with a written reason (`correctionReason`),
 *   kept in `corrections`, as a version and as a «اصلاح» in the audit trail;
 * - `classification`: a correction too, with a reason; raised by the office chief (or the
 *   director general, who alone may raise to top-secret), lowered (declassified) only by the
 *   director general;
 * - `filing`: the dossier, filed or moved by the secretariat (src/collections/Letters/hooks/fileLetter.ts);
 * - `cancellation`: the status to `cancelled` with its `cancelReason`, by the secretariat (guardStatus);
 * - `amendment`: changed without a correction (the summary the digest shows), by the roles listed.
 * Source: issue 11 item 6 and the registry's permanence rule (README, «Letters»).
 */
export type AfterRegistrationRule =
  | { change: 'correction'; by: readonly Role[] }
  | { change: 'classification'; raiseBy: readonly Role[]; lowerBy: readonly Role[] }
  | { change: 'filing'; by: readonly Role[] }
  | { change: 'cancellation'; by: readonly Role[] }
  | { change: 'amendment'; by: readonly Role[] }

const OFFICE_CHIEF = ['secretariat'] as const
const correction = { change: 'correction', by: OFFICE_CHIEF } as const

/** The one list of what may change after registration, and by whom. Everything else is frozen. */
export const AFTER_REGISTRATION = {
  kind: correction,
  sender: correction,
  senderNumber: correction,
  senderDate: correction,
  recipients: correction,
  copies: correction,
  subject: correction,
  body: correction,
  attachments: correction,
  signedBy: correction,
  signedAt: correction,
  urgency: correction,
  keywords: correction,
  follows: correction,
  inReplyTo: correction,
  classification: { change: 'classification', raiseBy: ['secretariat', 'director'], lowerBy: ['director'] },
  dossier: { change: 'filing', by: OFFICE_CHIEF },
  status: { change: 'cancellation', by: OFFICE_CHIEF },
  cancelReason: { change: 'cancellation', by: OFFICE_CHIEF },
  summary: { change: 'amendment', by: OFFICE_CHIEF },
} as const satisfies Record<string, AfterRegistrationRule>

export type ChangeableAfterRegistration = keyof typeof AFTER_REGISTRATION

export function afterRegistrationRule(field: string): AfterRegistrationRule | undefined {
  return (AFTER_REGISTRATION as Record<string, AfterRegistrationRule>)[field]
}

/** Fields corrected by the office chief with a reason (kept in `corrections`). */
export const CORRECTABLE_FIELDS = Object.entries(AFTER_REGISTRATION)
  .filter(([, rule]) => rule.change === 'correction')
  .map(([field]) => field)

/**
 * May this user change `field` of a letter in `status` at all (the admin shows it editable)?
 * Whether a given change is allowed (raise or lower, a reason, the state move) is judged by
 * the letters' hooks. A cancelled letter keeps only its filing open.
 */
export function mayChangeAfterRegistration(field: string, user: { roles?: unknown } | null | undefined, status: unknown): boolean {
  if (status === 'draft' || status === undefined || status === null) return true
  const rule = afterRegistrationRule(field)
  if (!rule) return false
  if (status === 'cancelled' && rule.change !== 'filing') return false
  const roles = rule.change === 'classification' ? [...rule.raiseBy, ...rule.lowerBy] : rule.by
  return roles.some((role) => hasRole(user, role))
}

export const mayRaiseClassification = (user: { roles?: unknown } | null | undefined) =>
  AFTER_REGISTRATION.classification.raiseBy.some((role) => hasRole(user, role))
export const mayLowerClassification = (user: { roles?: unknown } | null | undefined) =>
  AFTER_REGISTRATION.classification.lowerBy.some((role) => hasRole(user, role))

/** Fields only the server writes; a client sending a value for one is refused. */
export const SERVER_FIELDS = [
  'registryNumber',
  'registryNumberKey',
  'registryYear',
  'registrySeq',
  'registeredAt',
  'registeredBy',
  'createdBy',
  'cancelledAt',
  'cancelledBy',
  'corrections',
  'detectedReferences',
  'senderNumberKey',
  'archived',
  'summaryMachineMade',
] as const
