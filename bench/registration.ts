/**
 * npm run bench:registration — registration throughput, Payload vs raw SQL, same database, same run.
 *
 * For concurrency 1, 8 and 32: N registrations (default 5,000; BENCH_N to change) of incoming
 * letters into a fresh registry book, through (a) the Local API as the office chief with
 * overrideAccess: false, (b) the REST handler in-process with the office chief's JWT, and (c) a
 * raw-SQL baseline doing the same counter upsert and letter insert in one transaction.
 * Prints letters/s and the ratio to the baseline, and checks every book is gap-free.
 */
import '../src/server/loadEnv'

import { handleEndpoints } from 'payload'

import { plainToRichText } from '../src/lib/letters/text'

import { BENCH_PASSWORD, openBenchDatabase, runBench } from './benchDatabase'

const N = Number(process.env.BENCH_N || 5000)
const CONCURRENCY = [1, 8, 32]

async function pool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>) {
  let next = 0
  const workers = Array.from({ length: concurrency }, async () => {
    while (next < count) {
      const i = next++
      await task(i)
    }
  })
  await Promise.all(workers)
}

async function timed(label: string, fn: () => Promise<void>) {
  const start = process.hrtime.bigint()
  await fn()
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return { label, seconds, rate: N / seconds }
}

async function main() {
  const db = await openBenchDatabase()
  const { payload, raw } = db
  const office = (await payload.find({ collection: 'users', where: { email: { equals: 'office@demo.dabir.ir' } } })).docs[0]
  const login = await payload.login({ collection: 'users', data: { email: 'office@demo.dabir.ir', password: BENCH_PASSWORD } })
  const sender = await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری نمونه', kind: 'county-governorate' } })

  const newBook = async (code: string) =>
    (await payload.create({ collection: 'registry-books', data: { name: `بنچ ${code}`, code, kinds: ['incoming'], format: '{year}/{code}/{seq}', active: false } })).id
  const letterData = (book: number, i: number) => ({
    kind: 'incoming' as const,
    status: 'registered' as const,
    classification: 'normal' as const,
    urgency: 'normal' as const,
    registryBook: book,
    subject: `نامهٔ آزمون کارایی ${i}`,
    sender: { relationTo: 'correspondents' as const, value: sender.id },
    // What registration requires of an incoming letter (data/registry-books.json).
    senderNumber: `BR-${book}-${i}`,
    senderDate: '2026-11-01T08:00:00.000Z',
    body: plainToRichText(`نامهٔ آزمون کارایی ${i}`),
  })

  const results: { concurrency: number; mode: string; rate: number; seconds: number; book: number }[] = []
  for (const c of CONCURRENCY) {
    const baselineBook = await newBook(`b${c}`)
    const base = await timed('raw SQL', () =>
      pool(N, c, async (i) => {
        const client = await raw.connect()
        try {
          await client.query('BEGIN')
          const year = 1405
          const { rows } = await client.query(
            `INSERT INTO registry_counters (book_id, year, last_seq, updated_at, created_at) VALUES ($1, $2, 1, now(), now())
             ON CONFLICT (book_id, year) DO UPDATE SET last_seq = registry_counters.last_seq + 1, updated_at = now() RETURNING last_seq`,
            [baselineBook, year],
          )
          const seq = Number(rows[0].last_seq)
          await client.query(
            `INSERT INTO letters (kind, status, classification, urgency, subject, registry_book_id, registry_year, registry_seq, registry_number, registered_at, updated_at, created_at)
             VALUES ('incoming', 'registered', 'normal', 'normal', $1, $2, $3, $4, $5, now(), now(), now())`,
            [`نامهٔ آزمون کارایی ${i}`, baselineBook, year, seq, `${year}/b${c}/${seq}`],
          )
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK')
          throw error
        } finally {
          client.release()
        }
      }),
    )
    results.push({ concurrency: c, mode: 'raw SQL', rate: base.rate, seconds: base.seconds, book: baselineBook })

    const localBook = await newBook(`l${c}`)
    const local = await timed('Local API', () =>
      pool(N, c, async (i) => {
        await payload.create({ collection: 'letters', data: letterData(localBook, i), user: office, overrideAccess: false, depth: 0 })
      }),
    )
    results.push({ concurrency: c, mode: 'Local API', rate: local.rate, seconds: local.seconds, book: localBook })

    const restBook = await newBook(`r${c}`)
    const viaRest = await timed('REST', () =>
      pool(N, c, async (i) => {
        const request = new Request('http://localhost:3000/api/letters?depth=0', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login.token}` },
          body: JSON.stringify(letterData(restBook, i)),
        })
        const response = await handleEndpoints({ config: payload.config, request })
        if (response.status !== 201) throw new Error(`REST ${response.status}: ${await response.text()}`)
      }),
    )
    results.push({ concurrency: c, mode: 'REST', rate: viaRest.rate, seconds: viaRest.seconds, book: restBook })
  }

  // Every book must hold exactly 1..N.
  for (const r of results) {
    const { rows } = await raw.query('SELECT count(*)::int AS n, min(registry_seq)::int AS lo, max(registry_seq)::int AS hi, count(DISTINCT registry_seq)::int AS d FROM letters WHERE registry_book_id = $1', [r.book])
    const { n, lo, hi, d } = rows[0]
    if (n !== N || lo !== 1 || hi !== N || d !== N) throw new Error(`book ${r.book} (${r.mode}, c=${r.concurrency}) is not 1..${N}: ${JSON.stringify(rows[0])}`)
  }

  console.log(`\nRegistration throughput, ${N} letters per cell (${db.label})`)
  console.log('concurrency | mode      | letters/s | seconds | ratio to raw SQL')
  for (const r of results) {
    const base = results.find((b) => b.concurrency === r.concurrency && b.mode === 'raw SQL')!
    console.log(
      `${String(r.concurrency).padStart(11)} | ${r.mode.padEnd(9)} | ${r.rate.toFixed(0).padStart(9)} | ${r.seconds.toFixed(1).padStart(7)} | ${(base.rate / r.rate).toFixed(2)}×`,
    )
  }
  console.log('all books gap-free: yes')

  await db.close()
}

runBench(main)
