/**
 * npm run bench:graphql — how long the GraphQL request limits take to refuse each attack shape.
 *
 * Every request goes through the handler the Next route /api/graphql serves (guard and Payload's
 * handler), in-process. Baseline in the same run: a trivial query (`{ Posts(limit: 1) { totalDocs } }`)
 * answered for the same logged-in user. Target: every refusal under 100 ms (issue 11 items 3, 4, 15).
 * Runs: BENCH_RUNS (default 30) each, after 3 warm-ups.
 */
import '../src/server/loadEnv'

import { guardedGraphqlPost } from '../src/server/graphql/guardedGraphql'
import { BENCH_PASSWORD, openBenchDatabase, percentile, runBench } from './benchDatabase'

const RUNS = Number(process.env.BENCH_RUNS || 30)
const TARGET_MS = 100

const doubling = (n: number) =>
  `query { Posts(limit: 1) { docs { ...F0 } } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Post { key ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${n} on Post { title }`
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: Letters(limit: 100) { docs { subject } }`).join(' ')} }`

async function main() {
  const db = await openBenchDatabase()
  const { payload } = db
  const post = guardedGraphqlPost(payload.config)
  const login = await payload.login({ collection: 'users', data: { email: 'office@demo.dabir.ir', password: BENCH_PASSWORD } })
  const token = login.token!

  const send = async (body: string, withToken = true) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (withToken) headers.Authorization = `JWT ${token}`
    const res = await post(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body }))
    await res.text()
    return res.status
  }

  const cases: { name: string; body: string; anonymous?: boolean; expect: number }[] = [
    { name: 'baseline: trivial query', body: JSON.stringify({ query: '{ Posts(limit: 1) { totalDocs } }' }), expect: 200 },
    { name: '24 doubling fragments, anonymous (1.3 KB)', body: JSON.stringify({ query: doubling(24) }), anonymous: true, expect: 401 },
    { name: '24 doubling fragments, logged in', body: JSON.stringify({ query: doubling(24) }), expect: 400 },
    { name: '60 doubling fragments, logged in', body: JSON.stringify({ query: doubling(60) }), expect: 400 },
    { name: '250 aliases of Letters(limit: 100)', body: JSON.stringify({ query: aliases(250) }), expect: 400 },
    { name: '50 aliases of Letters(limit: 100)', body: JSON.stringify({ query: aliases(50) }), expect: 400 },
    { name: 'nested lists of 100 (cost)', body: JSON.stringify({ query: '{ Letters(limit: 100) { docs { repliedBy(limit: 100) { docs { subject followedBy(limit: 100) { docs { subject } } } } } } }' }), expect: 400 },
    { name: 'Letters(limit: 100000)', body: JSON.stringify({ query: '{ Letters(limit: 100000) { docs { id } } }' }), expect: 400 },
    { name: 'query text of 300 KB', body: JSON.stringify({ query: `{ Posts { docs { ${'title '.repeat(50_000)} } } }` }), expect: 413 },
    { name: 'body of 2 MB', body: JSON.stringify({ query: '{ Posts { totalDocs } }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }), expect: 413 },
    { name: 'batch of 200 operations', body: JSON.stringify(Array.from({ length: 200 }, () => ({ query: '{ Posts { totalDocs } }' }))), expect: 400 },
    { name: '100 operations in one document', body: JSON.stringify({ query: Array.from({ length: 100 }, (_, i) => `query Q${i} { Posts(limit: 1) { totalDocs } }`).join(' '), operationName: 'Q1' }), expect: 400 },
  ]

  const rows: string[] = []
  let allMet = true
  for (const c of cases) {
    const status = await send(c.body, !c.anonymous)
    if (status !== c.expect) throw new Error(`${c.name}: expected ${c.expect}, got ${status}`)
    for (let i = 0; i < 3; i++) await send(c.body, !c.anonymous)
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint()
      await send(c.body, !c.anonymous)
      times.push(Number(process.hrtime.bigint() - t) / 1e6)
    }
    const p50 = percentile(times, 50)
    const p95 = percentile(times, 95)
    const max = Math.max(...times)
    const refusal = c.expect !== 200
    if (refusal && max >= TARGET_MS) allMet = false
    rows.push(`| ${c.name} | ${status} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${max.toFixed(1)} |`)
  }

  console.log(`\nGraphQL refusals, ${RUNS} runs each after 3 warm-ups (${db.label}, ${new Date().toISOString()})\n`)
  console.log('| request | status | p50 ms | p95 ms | max ms |')
  console.log('|---|---:|---:|---:|---:|')
  for (const row of rows) console.log(row)
  console.log(`\nEvery refusal under ${TARGET_MS} ms: ${allMet ? 'met' : 'NOT met'}`)
  await db.close()
  if (!allMet) process.exitCode = 1
}

runBench(main)
