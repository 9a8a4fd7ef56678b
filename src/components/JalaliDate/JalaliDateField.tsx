'use client'
// Jalali (Solar Hijri) input for Payload `date` fields, in Asia/Tehran time. The API keeps
// storing ISO UTC instants; only what a person reads and types changes.
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
import React, { useCallback, useId, useState } from 'react'
import { FieldDescription, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent, Validate } from 'payload'
import { displayJalali, inputToIso, jalaliHint, showsTimeOfDay } from '../../lib/jalali/dateInput'

type LocalError = { message: string; part: 'date' | 'time' }

/** Form state normally holds an ISO string; a Date can arrive from a server default. */
function keyOf(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null
  return v instanceof Date ? v.toISOString() : String(v)
}

const noteStyle: React.CSSProperties = { margin: 'calc(var(--base) / 4) 0 0', fontSize: '0.85em' }

export const JalaliDateField: DateFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly: readOnlyFromProps,
}) => {
  const { admin, label, localized, required } = field
  // A field configured read-only (server-set dates) arrives with the flag on its config, not as a prop.
  const readOnly = readOnlyFromProps || Boolean(admin?.readOnly)
  const withTime = showsTimeOfDay(admin?.date)
  const { t } = useTranslation()

  const [error, setError] = useState<LocalError | null>(null)
  // While the typed text is not a date the stored value is left alone, so saving must be
  // stopped here: the form would otherwise quietly save the old date.
  const validate = useCallback<Validate>(
    (v) => {
      if (error) return error.message
      if (required && keyOf(v) === null) return t('validation:required')
      return true
    },
    [error, required, t],
  )
  const { value, setValue, showError, disabled, path } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
    validate,
  })
  const stored = keyOf(value)

  const shown = displayJalali(stored, { withTime })
  const [dateText, setDateText] = useState(shown.date)
  const [timeText, setTimeText] = useState(shown.time)
  // A stored value this field did not set came from outside (document load, reset, a
  // hook's result after saving): the texts follow it. One it did set leaves the texts as
  // typed. (The form's value reaches this component a render after our own state does, so
  // "did we set it" is remembered rather than compared on the spot.)
  const [prevStored, setPrevStored] = useState(stored)
  const [ownValue, setOwnValue] = useState<string | null | undefined>(undefined)
  if (stored !== prevStored) {
    setPrevStored(stored)
    if (stored !== ownValue) {
      setDateText(shown.date)
      setTimeText(shown.time)
      setError(null)
    }
  }

  const id = useId()
  const inputId = `${id}-date`
  const errorId = `${id}-error`
  const hintId = `${id}-hint`

  /** Stores what the texts say, if they say something valid; returns the outcome. */
  const apply = (nextDate: string, nextTime: string, reformat: boolean) => {
    const r = inputToIso(nextDate, withTime ? nextTime : undefined)
    if (!r.ok) return r
    setError(null)
    const next = displayJalali(r.iso, { withTime })
    // Same day (and minute) as stored: keep the stored instant, so merely visiting the
    // field neither marks the form modified nor moves an existing time of day.
    const changed =
      r.iso === null ? stored !== null : next.date !== shown.date || next.time !== shown.time
    if (changed) {
      setOwnValue(r.iso)
      setValue(r.iso)
    }
    if (reformat) {
      setDateText(next.date)
      setTimeText(next.time)
    }
    return r
  }

  const onType = (nextDate: string, nextTime: string) => {
    setDateText(nextDate)
    setTimeText(nextTime)
    const r = apply(nextDate, nextTime, false)
    // Complain while typing only once a complaint is already on screen (after a blur).
    if (!r.ok && error) setError({ message: r.error, part: r.part })
  }

  const onBlur = () => {
    const r = apply(dateText, timeText, true)
    if (!r.ok) setError({ message: r.error, part: r.part })
  }

  const hint = error ? '' : jalaliHint(stored)
  const classes = [
    'field-type',
    'text',
    'dabir-jalali-date',
    admin?.className,
    (error || showError) && 'error',
    (readOnly || disabled) && 'read-only',
  ]
    .filter(Boolean)
    .join(' ')

  if (readOnly || disabled) {
    const text = [shown.date, shown.time].filter(Boolean).join(' ')
    return (
      <div className={classes}>
        <FieldLabel as="span" label={label} localized={localized} path={path} />
        <div className="field-type__wrap" id={`field-${path.replace(/\./g, '__')}`}>
          <span dir="ltr" className="dabir-ltr">
            {text || '—'}
          </span>
          {hint && (
            <p className="dabir-jalali-date__hint" style={noteStyle}>
              {hint}
            </p>
          )}
        </div>
        <FieldDescription description={admin?.description} path={path} />
      </div>
    )
  }

  const describedBy = [error && errorId, hint && hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={classes}>
      <FieldLabel
        htmlFor={inputId}
        label={label}
        localized={localized}
        path={path}
        required={required}
      />
      <div className="field-type__wrap" id={`field-${path.replace(/\./g, '__')}`}>
        {/* Form-level errors (required, server); our own parse error is shown below. */}
        {!error && <FieldError path={path} showError={showError} />}
        <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
          <input
            id={inputId}
            type="text"
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            placeholder="۱۴۰۵/۰۹/۰۱"
            value={dateText}
            onChange={(e) => onType(e.target.value, timeText)}
            onBlur={onBlur}
            aria-invalid={error ? error.part === 'date' : showError}
            aria-describedby={describedBy}
            aria-required={required || undefined}
            style={{ flex: '1 1 auto' }}
          />
          {withTime && (
            <input
              type="text"
              dir="ltr"
              inputMode="numeric"
              autoComplete="off"
              placeholder="۰۹:۳۰"
              aria-label="ساعت (به وقت تهران)"
              value={timeText}
              onChange={(e) => onType(dateText, e.target.value)}
              onBlur={onBlur}
              aria-invalid={error?.part === 'time'}
              aria-describedby={error ? errorId : undefined}
              style={{ flex: '0 0 7em', width: '7em' }}
            />
          )}
        </div>
        {error && (
          <p
            id={errorId}
            role="alert"
            className="dabir-jalali-date__error"
            style={{ ...noteStyle, color: 'var(--theme-error-500)' }}
          >
            {error.message}
          </p>
        )}
        {hint && (
          <p
            id={hintId}
            className="dabir-jalali-date__hint"
            style={{ ...noteStyle, color: 'var(--theme-elevation-500)' }}
          >
            {hint}
          </p>
        )}
      </div>
      <FieldDescription description={admin?.description} path={path} />
    </div>
  )
}
