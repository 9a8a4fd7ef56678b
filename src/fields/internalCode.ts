const ADMIN_ONLY = '/src/components/Persian/AdminOnlyCell'

/**
 * The admin options of an internal code (a unit's `grp-political`, the organisation file's
 * `political-directorate`): Latin identifiers the system admin keeps for the data files and the
 * number templates, which mean nothing to anyone else. In the form and the list for the admin
 * only (components, not a condition: the field stays required in the types and the API).
 * `extra` merges other admin options.
 */
export function internalCode<A extends Record<string, unknown>>(extra?: A) {
  return {
    ...extra,
    components: { Cell: `${ADMIN_ONLY}#AdminOnlyCell`, Field: `${ADMIN_ONLY}#AdminOnlyTextField` },
  }
}
