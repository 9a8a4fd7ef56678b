import type { DateField } from 'payload'

/**
 * A date field that people see and type in Jalali (Tehran time), stored as an ISO timestamp.
 * Every date field of Dabir is built with this.
 */
export function jalaliDate(field: Omit<DateField, 'type'> & { withTime?: boolean }): DateField {
  const { withTime, admin, ...rest } = field
  return {
    ...rest,
    type: 'date',
    admin: {
      ...admin,
      date: { pickerAppearance: withTime ? 'dayAndTime' : 'dayOnly', ...admin?.date },
      components: {
        Field: '/src/components/JalaliDate/JalaliDateField#JalaliDateField',
        Cell: '/src/components/JalaliDate/JalaliDateCell#JalaliDateCell',
        ...admin?.components,
      },
    },
  } as DateField
}
