import type { PayloadRequest, PopulateType, SelectType } from 'payload'

/**
 * A record type gets `GET /api/<collection>/:id/pdf` by declaring `custom: { pdf: PdfSpec }`:
 * the shared endpoint finds the record as the user (Payload's access), asks `readable`, then
 * renders. Minutes, resolutions and directives join the same way.
 */
export interface PdfSpec {
  /** Whether the user may read what the PDF shows (its content, not only its header). */
  readable: (doc: Record<string, unknown>, req: PayloadRequest) => Promise<boolean>
  render: (doc: Record<string, unknown>, req: PayloadRequest) => Promise<Uint8Array>
  /** What the PDF needs of the record and of what it names (read at depth 1), so nothing else is read. */
  select?: SelectType
  populate?: PopulateType
  /** File name, without `.pdf`. */
  filename: (doc: Record<string, unknown>) => string
}

export const pdfSpecOf = (collection: { custom?: Record<string, unknown> } | undefined): PdfSpec | undefined =>
  collection?.custom?.pdf as PdfSpec | undefined
