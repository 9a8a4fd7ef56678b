import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { expect } from 'vitest'

import type { User } from '../../src/payload-types'

/** What one of several racing requests got: its HTTP status and its message (if refused). */
export type Outcome = { status: number; message: string }

const persian = /[\u0600-\u06FF]/

/** The outcome of a Local API call: 200, or the status and message of the error it threw. */
export async function local(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    await call()
    return { status: 200, message: '' }
  } catch (error) {
    const e = error as { status?: number; message?: string }
    return { status: e.status ?? 500, message: e.message ?? String(error) }
  }
}

/** The outcome of a REST call made with tests/helpers/rest. */
export function fromRest(res: { status: number; body: { errors?: { message: string }[] } }): Outcome {
  return { status: res.status === 201 ? 200 : res.status, message: (res.body?.errors ?? []).map((e) => e.message).join(' ') }
}

/** Starts `n` requests at once (each its own transaction) and waits for all of them. */
export function race(n: number, request: (i: number) => Promise<Outcome>): Promise<Outcome[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => request(i)))
}

/** Exactly one request succeeded; every other one is a 409 with a Persian message. */
export function expectOneWinner(outcomes: Outcome[]) {
  const won = outcomes.filter((o) => o.status === 200)
  const lost = outcomes.filter((o) => o.status !== 200)
  expect(won, JSON.stringify(outcomes.slice(0, 3))).toHaveLength(1)
  for (const o of lost) {
    expect(o.status, o.message).toBe(409)
    expect(o.message).toMatch(persian)
  }
}

/**
 * The book has no hole: its counter for every year stands at the number of letters numbered in
 * it that year, and those letters hold the numbers 1..n, each once.
 */
export async function expectGapFree(payload: Payload, bookId: number) {
  const counters = await payload.db.drizzle.execute(sql`SELECT year, last_seq FROM registry_counters WHERE book_id = ${bookId}`)
  for (const { year, last_seq } of counters.rows as { year: number; last_seq: number }[]) {
    const letters = await payload.find({
      collection: 'letters',
      where: { and: [{ registryBook: { equals: bookId } }, { registryYear: { equals: Number(year) } }] },
      pagination: false,
      depth: 0,
      sort: 'registrySeq',
    })
    expect(letters.docs.map((l) => l.registrySeq)).toEqual(Array.from({ length: Number(last_seq) }, (_, i) => i + 1))
  }
}

/** A transaction of `user`'s, opened by the test and ended when it says: to hold a lock while another request runs. */
export async function openTransaction(payload: Payload, user: User): Promise<{ req: PayloadRequest; commit: () => Promise<void>; rollback: () => Promise<void> }> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  await initTransaction(req)
  return { req, commit: () => commitTransaction(req), rollback: () => killTransaction(req) }
}

/**
 * Waits until `pending` has settled or some session of this database waits on a lock (the
 * request is queued behind the test's open transaction), and says which. Polls the server's
 * own view of its sessions, not the clock.
 */
export async function settledOrBlocked(payload: Payload, pending: Promise<unknown>): Promise<'settled' | 'blocked'> {
  let settled = false
  void pending.then(
    () => (settled = true),
    () => (settled = true),
  )
  for (;;) {
    if (settled) return 'settled'
    const waiting = await payload.db.drizzle.execute(
      sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    )
    if (Number((waiting.rows[0] as { n: number }).n) > 0) return 'blocked'
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
