'use client'

import type { DefaultCellComponentProps, TextFieldClientProps } from 'payload'
import { DefaultCell, TextField, useAuth } from '@payloadcms/ui'
import React from 'react'

import { hasRole } from '../../lib/security/roles'

const useIsAdmin = () => hasRole(useAuth().user as never, 'admin')

/**
 * A list cell for an internal code (a unit's `grp-political`): shown to the system admin, who
 * keeps the codes; empty for everyone else (src/fields/internalCode.ts).
 */
export function AdminOnlyCell(props: DefaultCellComponentProps) {
  return useIsAdmin() ? <DefaultCell {...props} /> : null
}

/** The form's box of an internal code: the admin's only (src/fields/internalCode.ts). */
export function AdminOnlyTextField(props: TextFieldClientProps) {
  return useIsAdmin() ? <TextField {...props} /> : null
}
