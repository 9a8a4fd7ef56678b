'use client'
// A Jalali date typed outside a Payload form (a drawer, a filter): the same parsing, display
// and hint as JalaliDateField, controlled by its parent. Date only; the value is the ISO
// instant of 00:00 Tehran of the day (a date-only deadline is made the day's end by the API).
import React, { useId, useState } from 'react'

import { displayJalali, inputToIso, jalaliHint } from '../../lib/jalali/dateInput'
import './JalaliDateInput.scss'

export interface JalaliDateInputProps {
  label: string
  /** ISO instant or null. */
  value: string | null
  /** The new value, or `error` while the text is not a date (the value is then left as it was). */
  onChange: (iso: string | null, error: string | null) => void
  id?: string
  className?: string
}

export function JalaliDateInput({ label, value, onChange, id: idFromProps, className }: JalaliDateInputProps) {
  const generated = useId()
  const id = idFromProps ?? `${generated}-date`
  const [text, setText] = useState(displayJalali(value).date)
  const [error, setError] = useState<string | null>(null)

  const read = (next: string, showError: boolean) => {
    const r = inputToIso(next)
    if (r.ok) {
      setError(null)
      onChange(r.iso, null)
      return r.iso
    }
    if (showError) setError(r.error)
    onChange(value, r.error)
    return undefined
  }

  const hint = error ? '' : jalaliHint(value)
  return (
    <div className={['jalali-date-input', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        dir="ltr"
        inputMode="numeric"
        autoComplete="off"
        placeholder="۱۴۰۵/۰۹/۰۱"
        value={text}
        aria-invalid={Boolean(error)}
        aria-describedby={error || hint ? `${id}-note` : undefined}
        onChange={(e) => {
          setText(e.target.value)
          read(e.target.value, Boolean(error))
        }}
        onBlur={() => {
          const iso = read(text, true)
          if (iso !== undefined) setText(displayJalali(iso).date)
        }}
      />
      {(error || hint) && (
        <p id={`${id}-note`} role={error ? 'alert' : undefined} className={error ? 'jalali-date-input__error' : 'jalali-date-input__hint'}>
          {error ?? hint}
        </p>
      )}
    </div>
  )
}
