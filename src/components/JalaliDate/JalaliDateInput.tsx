'use client'
// The one Jalali date input of the admin (Tehran time, Persian digits): typed text is read by
// src/lib/jalali/dateInput.ts (Persian or Latin digits, `1403/1/5` as `۱۴۰۳/۰۱/۰۵`), a text that
// is not a date gets its Persian complaint on leaving the input (and while typing once shown),
// and the stored value is an ISO instant (Tehran midnight of the day, or the day and time with
// `withTime`). Controlled by its parent: used as is outside a form (the referral drawer), and
// through JalaliDateField (a Payload form field: the letters' dates, the desk's report pages).
import React, { useId, useState } from 'react'

import { displayJalali, inputToIso, jalaliHint } from '../../lib/jalali/dateInput'
import './JalaliDateInput.scss'

export interface JalaliDateInputProps {
  label: React.ReactNode
  /** ISO instant or null. */
  value: string | null
  /** The new value, or `error` while the text is not a date (the value is then left as it was). */
  onChange: (iso: string | null, error: string | null) => void
  id?: string
  className?: string
  /** A second input for the time of day (HH:MM, Tehran). */
  withTime?: boolean
  required?: boolean
  /** Shown as plain text, not typed. */
  readOnly?: boolean
  /** The caller's own label element (a Payload FieldLabel) in place of a `<label>` of `label`. */
  renderLabel?: (inputId: string) => React.ReactNode
  /** Marked invalid by the caller (a form-level error). */
  invalid?: boolean
  /** Above the input while the input has no complaint of its own (the form's errors). */
  above?: React.ReactNode
  /** After the input (a field description). */
  below?: React.ReactNode
  /** Id of the element around the inputs (Payload's `field-<path>`). */
  wrapId?: string
}

type LocalError = { message: string; part: 'date' | 'time' }

export function JalaliDateInput({ label, value, onChange, id: idFromProps, className, withTime = false, required, readOnly, renderLabel, invalid, above, below, wrapId }: JalaliDateInputProps) {
  const generated = useId()
  const id = idFromProps ?? `${generated}-date`
  const errorId = `${id}-error`
  const hintId = `${id}-note`
  const shown = displayJalali(value, { withTime })
  const [dateText, setDateText] = useState(shown.date)
  const [timeText, setTimeText] = useState(shown.time)
  const [error, setError] = useState<LocalError | null>(null)
  // A value this input did not give came from outside (document load, reset, a hook's result
  // after saving): the texts follow it. One it gave leaves the texts as typed. (The parent's value
  // arrives a render after our own state does, so "did we give it" is remembered, not compared.)
  const [prevValue, setPrevValue] = useState(value)
  const [ownValue, setOwnValue] = useState<string | null | undefined>(undefined)
  if (value !== prevValue) {
    setPrevValue(value)
    if (value !== ownValue) {
      setDateText(shown.date)
      setTimeText(shown.time)
      setError(null)
    }
  }

  /** Reads the texts; gives the parent the value they say (or the old one and the complaint). */
  const read = (nextDate: string, nextTime: string, reformat: boolean) => {
    const r = inputToIso(nextDate, withTime ? nextTime : undefined)
    if (!r.ok) {
      onChange(value, r.error)
      return r
    }
    setError(null)
    const next = displayJalali(r.iso, { withTime })
    // Same day (and minute) as the value: keep the value's instant, so merely visiting the input
    // neither marks a form modified nor moves an existing time of day.
    const changed = r.iso === null ? value !== null : next.date !== shown.date || next.time !== shown.time
    if (changed) setOwnValue(r.iso)
    onChange(changed ? r.iso : value, null)
    if (reformat) {
      setDateText(next.date)
      setTimeText(next.time)
    }
    return r
  }

  const onType = (nextDate: string, nextTime: string) => {
    setDateText(nextDate)
    setTimeText(nextTime)
    const r = read(nextDate, nextTime, false)
    // Complain while typing only once a complaint is already on screen (after leaving the input).
    if (!r.ok && error) setError({ message: r.error, part: r.part })
  }

  const onBlur = () => {
    const r = read(dateText, timeText, true)
    if (!r.ok) setError({ message: r.error, part: r.part })
  }

  const hint = error ? '' : jalaliHint(value)
  const classes = ['jalali-date-input', className].filter(Boolean).join(' ')
  const labelElement = renderLabel ? renderLabel(id) : readOnly ? <span>{label}</span> : <label htmlFor={id}>{label}</label>

  if (readOnly) {
    const text = [shown.date, shown.time].filter(Boolean).join(' ')
    return (
      <div className={classes}>
        {labelElement}
        <div id={wrapId} className={wrapId ? 'field-type__wrap' : undefined}>
          <span dir="ltr" className="dabir-ltr">
            {text || '—'}
          </span>
          {hint && <p className="jalali-date-input__hint">{hint}</p>}
        </div>
        {below}
      </div>
    )
  }

  const describedBy = [error && errorId, hint && hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={classes}>
      {labelElement}
      <div id={wrapId} className={['jalali-date-input__wrap', wrapId && 'field-type__wrap'].filter(Boolean).join(' ')}>
        {!error && above}
        <div className="jalali-date-input__inputs">
          <input
            id={id}
            type="text"
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            placeholder="۱۴۰۵/۰۹/۰۱"
            value={dateText}
            onChange={(e) => onType(e.target.value, timeText)}
            onBlur={onBlur}
            aria-invalid={error ? error.part === 'date' : Boolean(invalid)}
            aria-describedby={describedBy}
            aria-required={required || undefined}
          />
          {withTime && (
            <input
              type="text"
              dir="ltr"
              inputMode="numeric"
              autoComplete="off"
              placeholder="۰۹:۳۰"
              aria-label="ساعت (به وقت تهران)"
              className="jalali-date-input__time"
              value={timeText}
              onChange={(e) => onType(dateText, e.target.value)}
              onBlur={onBlur}
              aria-invalid={error?.part === 'time'}
              aria-describedby={error ? errorId : undefined}
            />
          )}
        </div>
        {error && (
          <p id={errorId} role="alert" className="jalali-date-input__error">
            {error.message}
          </p>
        )}
        {hint && (
          <p id={hintId} className="jalali-date-input__hint">
            {hint}
          </p>
        )}
      </div>
      {below}
    </div>
  )
}
