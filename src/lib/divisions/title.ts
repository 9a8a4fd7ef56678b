import type { DivisionType } from './types'
import { DIVISION_TYPE_FA } from './validate'

/**
 * How a division is named in pickers and lists, so that a county and a city of the same name
 * (کازرون) are told apart: its level, and below a county the county it lies in.
 * «کازرون (شهرستان)», «کازرون (شهر، شهرستان کازرون)», «فارس (استان)».
 * `county`: the name of the nearest county above the node (none for a province or a county).
 */
export function divisionTitle(name: string, type: DivisionType | string, county?: string | null): string {
  const level = DIVISION_TYPE_FA[type as DivisionType] ?? type
  return county ? `${name} (${level}، ${DIVISION_TYPE_FA.county} ${county})` : `${name} (${level})`
}
