import type { PayloadRequest } from 'payload'

type Rows = { rows: Record<string, unknown>[] }
type Executor = { execute: (query: unknown) => Promise<Rows> }

/**
 * Runs a drizzle `sql` query on the request's own transaction when it has one (so it sees
 * the request's writes, holds its locks, and never takes a second pooled connection), else
 * on the adapter's pool. `requireTransaction` makes a missing transaction an error.
 */
export async function executeOnRequest(req: PayloadRequest, query: unknown, opts: { requireTransaction?: boolean } = {}): Promise<Rows | null> {
  const db = req.payload.db as unknown as { sessions?: Record<string, { db: Executor }>; drizzle: Executor }
  const transactionID = await req.transactionID
  const session = transactionID !== undefined && transactionID !== null ? db.sessions?.[String(transactionID)] : undefined
  if (session) return session.db.execute(query)
  if (opts.requireTransaction) return null
  return db.drizzle.execute(query)
}
