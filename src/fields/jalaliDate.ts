import { APIError, type DateField, type FieldHook } from 'payload'

import { endOfDayMessages, endOfJalaliText, endOfTehranDay } from '../lib/jalali'

type JalaliDateOptions = Omit<DateField, 'type'> & {
  withTime?: boolean
  /**
   * A date-only deadline: whatever the value's time of day, it is stored as the last millisecond
   * of its Tehran day (23:59:59.999 Tehran), see src/lib/jalali/endOfDay.ts. Implies a day-only
   * picker. The value may arrive as an ISO instant or date, from the admin's Jalali picker
   * (00:00 Tehran of the day), or as the Jalali text of the `…Jalali` companion (`jalaliName`,
   * default `<name>Jalali`) when the ISO value itself is not sent.
   */
  endOfDay?: boolean | { jalaliName?: string }
}

const labelOf = (label: DateField['label'], name: string): string => (typeof label === 'string' ? label : name)

/** Whether two stored date values (ISO text or Date) are the same instant; both absent counts. */
function sameInstant(a: unknown, b: unknown): boolean {
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true
  const at = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : NaN)
  return at(a) === at(b)
}

/** beforeValidate of an `endOfDay` field: the value, or its Jalali companion, as the day's end. */
const toEndOfDay =
  (jalaliName: string, label: string): FieldHook =>
  ({ value, siblingData, previousSiblingDoc, previousValue, operation }) => {
    const jalali = (siblingData as Record<string, unknown> | undefined)?.[jalaliName]
    // On an update the stored value comes back merged with the request's data, so a PATCH of
    // the companion alone (`deadlineJalali`) is read when the companion is what changed.
    const companionChanged =
      operation === 'update' &&
      typeof jalali === 'string' &&
      jalali.trim() !== '' &&
      jalali !== (previousSiblingDoc as Record<string, unknown> | undefined)?.[jalaliName] &&
      sameInstant(value, previousValue)
    if (value === undefined || companionChanged) {
      if (typeof jalali !== 'string' || jalali.trim() === '') return value
      const read = endOfJalaliText(jalali)
      if (!read.ok) throw new APIError(endOfDayMessages.invalid(label, read.error), 400, null, true)
      return read.iso
    }
    if (value === null || value === '') return value
    if (!(value instanceof Date) && typeof value !== 'string') {
      throw new APIError(endOfDayMessages.invalid(label, endOfDayMessages.notTimestamp), 400, null, true)
    }
    try {
      return endOfTehranDay(value)
    } catch {
      throw new APIError(endOfDayMessages.invalid(label, endOfDayMessages.notTimestamp), 400, null, true)
    }
  }

/**
 * A date field that people see and type in Jalali (Tehran time), stored as an ISO timestamp.
 * Every date field of Dabir is built with this. `endOfDay` makes it a date-only deadline (above).
 */
export function jalaliDate(field: JalaliDateOptions): DateField {
  const { withTime, endOfDay, admin, hooks, ...rest } = field
  const jalaliName = (typeof endOfDay === 'object' && endOfDay.jalaliName) || `${rest.name}Jalali`
  return {
    ...rest,
    type: 'date',
    hooks: endOfDay
      ? { ...hooks, beforeValidate: [toEndOfDay(jalaliName, labelOf(rest.label, rest.name)), ...(hooks?.beforeValidate ?? [])] }
      : hooks,
    admin: {
      ...admin,
      date: { pickerAppearance: withTime && !endOfDay ? 'dayAndTime' : 'dayOnly', ...admin?.date },
      components: {
        Field: '/src/components/JalaliDate/JalaliDateField#JalaliDateField',
        Cell: '/src/components/JalaliDate/JalaliDateCell#JalaliDateCell',
        ...admin?.components,
      },
    },
  } as DateField
}
