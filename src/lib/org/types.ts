/**
 * Shape of an organisation-chart data file (`data/org/*.json`).
 *
 * The org chart is data: the seeder reads whichever file it is given, validates it with
 * `validateOrgFile` and inserts units and posts in the order given by `orderUnits` /
 * `orderPosts`.
 */

/** Unit kinds used by the bundled files. Other lowercase Latin kinds are allowed. */
/** `external`: a unit outside the office that the office reports to (e.g. the planning deputy of seed 004). */
export const UNIT_KIND_LABELS = {
  directorate: 'اداره کل / دفتر',
  'deputy-office': 'معاونت',
  group: 'گروه',
  office: 'امور / دفتر',
  section: 'بخش',
  external: 'واحد بیرونی',
} as const

export type KnownUnitKind = keyof typeof UNIT_KIND_LABELS

export const UNIT_KINDS = Object.keys(UNIT_KIND_LABELS) as KnownUnitKind[]

export interface OrgUnit {
  /** Short lowercase Latin code (`^[a-z0-9-]+$`), unique in the file; registry books use it. */
  code: string
  /** Persian name of the unit. */
  name: string
  /** One of `UNIT_KINDS` (the units collection offers exactly these). */
  kind: KnownUnitKind
  /** Code of the parent unit; `null` for the single root unit. */
  parent: string | null
}

export interface OrgPost {
  /** Lowercase Latin key (`^[a-z0-9-]+$`), unique in the file. */
  key: string
  /** Persian title of the post. */
  title: string
  /** Code of the unit the post belongs to. */
  unit: string
  /** Key of the superior post; `null` for a top post. */
  reportsTo: string | null
  /** True for the head of `unit` (at most one per unit). */
  isUnitHead?: boolean
  /** Duties, one string per numbered item of the source document, in order. May be empty. */
  duties: string[]
}

/** Approval history of the regulation (e.g. نظام‌نامه) that defines the organisation. */
export interface OrgRegulation {
  title: string
  /** Jalali date, `YYYY/MM/DD` with Latin digits. */
  approvedAt: string
  /** Jalali dates of later revisions, oldest first. */
  revisedAt?: string[]
}

export interface OrgInfo {
  /** Lowercase Latin code of the organisation (`^[a-z0-9-]+$`). */
  code: string
  /** Persian name. */
  name: string
  /** Path of the source document, relative to the shared folder. */
  source?: string
  regulation?: OrgRegulation
}

export interface OrgFile {
  organisation: OrgInfo
  units: OrgUnit[]
  posts: OrgPost[]
}

export type OrgValidationResult = { ok: true; org: OrgFile } | { ok: false; errors: string[] }
