/**
 * What registration freezes. After a letter is registered these fields are the
 * registry's record: nobody changes them, except the office chief's written correction
 * (and never the numbering fields themselves).
 */
export const NUMBERING_FIELDS = ['registryBook', 'registryNumber', 'registryYear', 'registrySeq', 'registeredAt'] as const

export const CORRECTABLE_FIELDS = [
  'kind',
  'sender',
  'senderNumber',
  'senderDate',
  'recipients',
  'copies',
  'subject',
  'body',
  'attachments',
  'signedBy',
  'signedAt',
] as const

export const FROZEN_FIELDS = [...NUMBERING_FIELDS, ...CORRECTABLE_FIELDS] as const

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
