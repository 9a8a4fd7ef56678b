'use client'
// The admin field of a record's virtual `referralTree` (a JSON field): the tree drawn, instead of
// Payload's JSON editor (which loads Monaco from a public CDN and would show raw JSON). Use it
// on any record type with referrals:
//
//   { name: 'referralTree', type: 'json', virtual: true, hooks: { afterRead: [referralTreeOf] },
//     admin: { readOnly: true, components: { Field: '/src/components/ReferralTree/ReferralTreeField#ReferralTreeField' } } }
import { useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import React, { useState } from 'react'

import { ReferralTree, type ReferralTreeNode } from './ReferralTree'

export const ReferralTreeField: JSONFieldClientComponent = ({ field, path: pathFromProps }) => {
  const { value } = useField<ReferralTreeNode[] | null>({ potentiallyStalePath: pathFromProps })
  // A save's answer carries no tree (only a read builds it): the one read with the page stays.
  const [shown, setShown] = useState(value)
  if (Array.isArray(value) && value !== shown) setShown(value)
  // A new record has no referrals yet: nothing to draw.
  if (!Array.isArray(shown)) return null
  const label = typeof field.label === 'string' ? field.label : undefined
  const description = typeof field.admin?.description === 'string' ? field.admin.description : undefined
  return <ReferralTree nodes={shown} title={label} description={description} />
}
