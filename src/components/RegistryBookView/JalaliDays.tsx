'use client'
// Jalali day inputs for the desk's pages, outside any document: the admin's own Jalali picker
// (src/components/JalaliDate, a Payload form field) inside a small Payload form of its own, so
// a period or a day is typed exactly as every date of the desk is. The values are ISO instants
// (Tehran midnight of the day), or null.
import { Form, useAllFormFields, useForm } from '@payloadcms/ui'
import type { FormState } from 'payload'
import React, { useMemo } from 'react'

import { JalaliDateField } from '../JalaliDate/JalaliDateField'

export type DayValues = Record<string, string | null>
export type DayFieldSpec = { name: string; label: string; required?: boolean }

function Values({ children }: { children: (values: DayValues, check: () => Promise<boolean>) => React.ReactNode }) {
  const [fields] = useAllFormFields()
  const { validateForm } = useForm()
  const values: DayValues = {}
  for (const [name, state] of Object.entries(fields)) values[name] = typeof state?.value === 'string' && state.value ? state.value : null
  return <>{children(values, validateForm)}</>
}

/**
 * The day inputs `fields` (initially `initial`), then `children(values, check)`: `check()`
 * runs the inputs' own validation (a half-typed date shows its Persian error) and says whether
 * the values may be used.
 */
export function JalaliDays({
  fields,
  initial,
  children,
}: {
  fields: DayFieldSpec[]
  initial: DayValues
  children: (values: DayValues, check: () => Promise<boolean>) => React.ReactNode
}) {
  // Only the first render's values seed the form; afterwards the inputs own them.
  const initialState = useMemo<FormState>(
    () => Object.fromEntries(fields.map((f) => [f.name, { value: initial[f.name] ?? null, initialValue: initial[f.name] ?? null, valid: true }])),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  return (
    <Form el="div" initialState={initialState}>
      <div className="desk-report__form">
        {fields.map((f) => (
          <JalaliDateField
            key={f.name}
            path={f.name}
            field={{ name: f.name, type: 'date', label: f.label, required: f.required, admin: {} } as never}
          />
        ))}
      </div>
      <Values>{children}</Values>
    </Form>
  )
}
