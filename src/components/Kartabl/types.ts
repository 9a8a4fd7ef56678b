import type { KartablList } from '../../lib/kartabl/params'
import type { Purpose, State } from '../../lib/referrals/states'

/** A row of GET /api/kartabl (src/endpoints/kartabl.ts), as the user may see it. */
export type KartablRow = {
  id: number
  purpose: Purpose
  state: State
  instruction: string | null
  /** Rich text (Lexical state). */
  response: Record<string, unknown> | null
  returnReason: string | null
  responseAttachments: { id: number; title: string }[]
  contentShown: boolean
  from: number | null
  fromName: string | null
  to: number[]
  toNames: string[]
  deadlineJalali: string | null
  createdAtJalaliTime: string
  updatedAtJalaliTime: string
  overdue: boolean
  record: {
    relationTo: string
    id: number
    registryNumber: string | null
    subject: string | null
    readable: boolean
    urgency: string
    classification: string
  } | null
  notice: { kind: string; createdAtJalali: string } | null
}

export type KartablPage = {
  list: KartablList
  docs: KartablRow[]
  totalDocs: number
  page: number
  limit: number
  totalPages: number
  states: State[]
  tabs: Record<KartablList, number>
}
