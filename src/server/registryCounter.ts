import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import { letterMessages } from '../lib/letters/messages'
import { executeOnRequest } from './sqlOnRequest'

/**
 * Takes the next number of a (book, Jalali year) on the request's own transaction: the
 * counter row stays locked until that transaction ends, so concurrent registrations queue
 * and a rolled-back one gives its number back — gap-free and unique. (The shared pool would
 * run outside the transaction: numbers lost on rollback, and deadlocks under load.)
 */
export async function takeNextSeq(req: PayloadRequest, bookId: number, year: number): Promise<number> {
  const result = await executeOnRequest(req, sql`
    INSERT INTO registry_counters (book_id, year, last_seq, updated_at, created_at)
    VALUES (${bookId}, ${year}, 1, now(), now())
    ON CONFLICT (book_id, year) DO UPDATE
      SET last_seq = registry_counters.last_seq + 1, updated_at = now()
    RETURNING last_seq`, { requireTransaction: true })
  if (!result) throw new APIError(letterMessages.noTransaction, 500, null, true)
  return Number(result.rows[0].last_seq)
}
