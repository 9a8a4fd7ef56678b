'use client'
// Jalali (Solar Hijri) input for Payload `date` fields, in Asia/Tehran time: JalaliDateInput bound
// to the form field. The API keeps storing ISO UTC instants; only what a person reads and types
// changes.
//
// Usage in a collection (the date-only form stores Tehran midnight; add
// `date: { pickerAppearance: 'dayAndTime' }` to `admin` for a second HH:MM input):
//
//   {
//     name: 'senderDate',
//     type: 'date',
//     label: 'تاریخ نامهٔ فرستنده',
//     admin: {
//       components: {
//         Field: '/src/components/JalaliDate/JalaliDateField#JalaliDateField',
//         Cell: '/src/components/JalaliDate/JalaliDateCell#JalaliDateCell',
//       },
//     },
//   }
//
// (then regenerate the import map.)
import React, { useCallback, useState } from 'react'
import { FieldDescription, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent, Validate } from 'payload'
import { showsTimeOfDay } from '../../lib/jalali/dateInput'
import { JalaliDateInput } from './JalaliDateInput'

/** Form state normally holds an ISO string; a Date can arrive from a server default. */
function keyOf(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null
  return v instanceof Date ? v.toISOString() : String(v)
}

export const JalaliDateField: DateFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly: readOnlyFromProps,
}) => {
  const { admin, label, localized, required } = field
  // A field configured read-only (server-set dates) arrives with the flag on its config, not as a prop.
  const readOnly = readOnlyFromProps || Boolean(admin?.readOnly)
  const { t } = useTranslation()

  // While the typed text is not a date the stored value is left alone, so saving must be
  // stopped here: the form would otherwise quietly save the old date.
  const [typedError, setTypedError] = useState<string | null>(null)
  const validate = useCallback<Validate>(
    (v) => {
      if (typedError) return typedError
      if (required && keyOf(v) === null) return t('validation:required')
      return true
    },
    [typedError, required, t],
  )
  const { value, setValue, showError, disabled, path } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
    validate,
  })
  const stored = keyOf(value)
  const locked = readOnly || disabled

  return (
    <JalaliDateInput
      className={['field-type', 'text', 'dabir-jalali-date', admin?.className, showError && 'error', locked && 'read-only'].filter(Boolean).join(' ')}
      label={label as React.ReactNode}
      value={stored}
      withTime={showsTimeOfDay(admin?.date)}
      required={required}
      readOnly={locked}
      invalid={showError}
      wrapId={`field-${path.replace(/\./g, '__')}`}
      renderLabel={(inputId) =>
        locked ? (
          <FieldLabel as="span" label={label} localized={localized} path={path} />
        ) : (
          <FieldLabel htmlFor={inputId} label={label} localized={localized} path={path} required={required} />
        )
      }
      // Form-level errors (required, server); the input's own complaint is shown by it.
      above={<FieldError path={path} showError={showError} />}
      below={<FieldDescription description={admin?.description} path={path} />}
      onChange={(iso, error) => {
        setTypedError(error)
        if (!error && iso !== stored) setValue(iso)
      }}
    />
  )
}
