export { JalaliDateCell } from './JalaliDateCell'
export { JalaliDateField } from './JalaliDateField'
