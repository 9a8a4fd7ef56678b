/**
 * Shape of a country-divisions file such as `data/fars-divisions.json`:
 * a flat list of nodes linked by `parentId` (province → county → district → rural district /
 * city / urban district), with Statistical Centre of Iran codes.
 */

// Villages (روستا) are part of the hierarchy though the bundled Fars file omits them.
export const DIVISION_TYPES = ['province', 'county', 'district', 'rural_district', 'city', 'urban_district', 'village'] as const

export type DivisionType = (typeof DIVISION_TYPES)[number]

export interface DivisionNode {
  /** `<type>:<code>`, e.g. `county:0701`; unique in the file. */
  id: string
  type: DivisionType
  /** Persian name, kept exactly as in the source. */
  name_fa: string
  /** English name (counties and provinces only in the Fars file), else null. */
  name_en: string | null
  /** Id of the parent node; null only for a province. */
  parentId: string | null
  /** Numeric SCI code as a string: the parent's code followed by more digits. */
  code: string
}

export interface DivisionsMeta {
  /** Expected number of nodes per type; checked when present. */
  counts?: Partial<Record<DivisionType, number>>
  [key: string]: unknown
}

export interface DivisionsFile {
  meta?: DivisionsMeta
  nodes: DivisionNode[]
}

export type DivisionsValidationResult =
  | { ok: true; divisions: DivisionsFile }
  | { ok: false; errors: string[] }
