import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { richTextToPlain } from '../../src/lib/letters/text'
import { testPayload } from '../helpers/payload'
import { buildWorld, type World } from '../helpers/queryWorld'
import { graphql, rest } from '../helpers/rest'

/**
 * Filters and sorts obey a whitelist per record type (src/hooks/confineContentQueries.ts):
 * each probe of issue 11 is asked twice, once with the hidden value and once with a wrong one;
 * a reader who may not read that content must get the same answer both times.
 */
let payload: Payload
let w: World
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')
const q = (s: string) => encodeURIComponent(s)

beforeAll(async () => {
  payload = await testPayload()
  w = await buildWorld(payload, 'qwl')
})

/** The same REST request with the true hidden value and with a wrong one: same status, same body. */
async function sameAnswer(token: string, path: (value: string) => string, truth: string) {
  const right = await rest('GET', path(truth), { token })
  const wrong = await rest('GET', path(`${truth}-نه`), { token })
  expect(right.status).toBe(wrong.status)
  expect(right.body).toEqual(wrong.body)
  return right
}

describe('a header-only addressee cannot recover hidden content by filtering', () => {
  it('through where[OR], where[AND] and where[Or] in REST', async () => {
    const token = w.tokens.addressee
    const seen = await rest('GET', `/api/letters?where[id][equals]=${w.letters.S}&depth=0`, { token })
    expect(seen.body.totalDocs).toBe(1)
    for (const op of ['OR', 'AND', 'Or', 'aNd']) {
      const res = await sameAnswer(token, (v) => `/api/letters?depth=0&where[id][equals]=${w.letters.S}&where[${op}][0][senderNumber][equals]=${q(v)}`, w.senderNumbers.S)
      expect(res.status).toBe(200)
    }
    await sameAnswer(token, (v) => `/api/letters?depth=0&where[id][equals]=${w.letters.S}&where[OR][0][AND][0][summary][like]=${q(v)}`, `خلاصهٔ S`)
    await sameAnswer(token, (v) => `/api/letters/count?where[OR][0][senderNumber][like]=${q(v)}`, w.senderNumbers.H)
  })

  it('through GraphQL OR and AND', async () => {
    const token = w.tokens.addressee
    for (const op of ['OR', 'AND']) {
      const ask = (v: string) => graphql(`{ Letters(where: { id: { equals: ${w.letters.S} }, ${op}: [{ senderNumber: { equals: ${JSON.stringify(v)} } }] }) { totalDocs docs { id } } }`, token)
      const right = await ask(w.senderNumbers.S)
      const wrong = await ask('نادرست')
      expect(right.body).toEqual(wrong.body)
      expect(right.body.data.Letters.totalDocs).toBe(0)
    }
  })

  it('through a relationship path from a draft of their own (inReplyTo.senderNumber), in REST and the Local API', async () => {
    const token = w.tokens.addressee
    const res = await sameAnswer(token, (v) => `/api/letters?depth=0&where[id][equals]=${w.letters.draftReplyingToS}&where[inReplyTo.senderNumber][equals]=${q(v)}`, w.senderNumbers.S)
    expect(res.body.totalDocs).toBe(0)
    const local = async (v: string) =>
      (await payload.find({ collection: 'letters', where: { id: { equals: w.letters.draftReplyingToS }, 'inReplyTo.senderNumber': { like: v } }, user: w.users.addressee, overrideAccess: false })).totalDocs
    expect(await local(w.senderNumbers.S)).toBe(await local('نادرست'))
    // The header of a paper they see is fair game through the same path.
    const header = await rest('GET', `/api/letters?depth=0&where[id][equals]=${w.letters.draftReplyingToS}&where[inReplyTo.subject][like]=${q('نامهٔ S')}`, { token })
    expect(header.body.totalDocs).toBe(1)
    // Nor does the path reveal a related paper they cannot see at all (a draft replying to a top-secret one).
    const unseen = await sameAnswer(token, (v) => `/api/letters?depth=0&where[id][equals]=${w.letters.draftReplyingToT}&where[inReplyTo.subject][like]=${q(v)}`, `نامهٔ T`)
    expect(unseen.body.totalDocs).toBe(0)
  })

  it('through a dossier’s letters join', async () => {
    const token = w.tokens.addressee
    const res = await sameAnswer(token, (v) => `/api/dossiers/${w.dossier}?depth=0&joins[letters][where][senderNumber][equals]=${q(v)}`, w.senderNumbers.S)
    expect(res.status).toBe(200)
    await sameAnswer(token, (v) => `/api/dossiers/${w.dossier}?depth=0&joins[letters][where][OR][0][senderNumber][like]=${q(v)}`, w.senderNumbers.H)
    await sameAnswer(token, (v) => `/api/dossiers?depth=0&joins[letters][where][summary][like]=${q(v)}`, 'خلاصهٔ S')
    // A reader of the content still filters on it, at the top and in a join.
    const office = w.tokens.office
    const top = await rest('GET', `/api/letters?depth=0&where[OR][0][senderNumber][equals]=${q(w.senderNumbers.S)}`, { token: office })
    expect(top.body.docs.map((d: { id: number }) => d.id)).toEqual([w.letters.S])
    const join = await rest('GET', `/api/letters/${w.letters.N}?depth=0&joins[repliedBy][where][senderNumber][equals]=${q(w.senderNumbers.S)}`, { token: office })
    expect(join.body.repliedBy.docs.map((d: { id: number } | number) => (typeof d === 'number' ? d : d.id))).toEqual([w.letters.S])
  })

  it('through a letter’s replies and follow-ups (repliedBy, followedBy), in REST and GraphQL', async () => {
    const token = w.tokens.addressee
    for (const join of ['repliedBy', 'followedBy']) {
      const res = await sameAnswer(token, (v) => `/api/letters/${w.letters.N}?depth=0&joins[${join}][where][senderNumber][equals]=${q(v)}`, w.senderNumbers.S)
      expect(res.status).toBe(200)
      await sameAnswer(token, (v) => `/api/letters/${w.letters.N}?depth=0&joins[${join}][sort]=senderNumber&joins[${join}][where][summary][like]=${q(v)}`, 'خلاصهٔ')
    }
    const ask = (v: string) => graphql(`{ Letter(id: ${w.letters.N}) { repliedBy(where: { senderNumber: { equals: ${JSON.stringify(v)} } }) { docs { id } } } }`, token)
    const right = await ask(w.senderNumbers.S)
    expect(right.body).toEqual((await ask('نادرست')).body)
    expect(right.body.data.Letter.repliedBy.docs).toEqual([])
  })
})

describe('the auditor cannot read classified before/after values by filtering', () => {
  it('answers the same whatever the hidden value, or refuses in Persian', async () => {
    const token = w.tokens.auditor
    const entries = await rest('GET', `/api/audit-log?depth=0&where[targetId][equals]=${w.letters.T}&where[targetCollection][equals]=letters`, { token })
    expect(entries.body.totalDocs).toBeGreaterThan(0)
    expect(entries.body.docs.every((d: { changes?: unknown }) => d.changes === null || d.changes === undefined)).toBe(true)
    for (const path of ['changes.after.senderNumber', 'changes', 'cHaNgEs.after.senderNumber']) {
      const res = await sameAnswer(token, (v) => `/api/audit-log?depth=0&where[targetId][equals]=${w.letters.T}&where[OR][0][${path}][equals]=${q(v)}`, w.senderNumbers.T)
      expect(res.status).toBe(400)
      expect(errorText(res.body)).toMatch(persian)
    }
    const sorted = await rest('GET', `/api/audit-log?depth=0&sort=changes`, { token })
    expect(sorted.status).toBe(400)
    expect(errorText(sorted.body)).toMatch(persian)
    // Whether an entry has values at all is asked only of entries the auditor may read.
    const exists = await rest('GET', `/api/audit-log?depth=0&where[targetCollection][equals]=letters&where[targetId][equals]=${w.letters.T}&where[changes][exists]=true`, { token })
    expect(exists.body.totalDocs).toBe(0)
    const gql = await graphql(`{ AuditLogs(where: { targetCollection: { equals: "letters" }, targetId: { equals: "${w.letters.T}" }, OR: [{ changes: { exists: true } }] }) { totalDocs } }`, token)
    expect(gql.body.data?.AuditLogs?.totalDocs ?? 0).toBe(0)
  })
})

describe('a referral’s instruction and response are content of its paper', () => {
  it('the secretariat sees a referral on a top-secret paper, not its instruction or response: REST, GraphQL, Local API', async () => {
    const token = w.tokens.office
    const byId = await rest('GET', `/api/referrals/${w.referrals.onT}?depth=0`, { token })
    expect(byId.status).toBe(200)
    expect(byId.body.purpose).toBe('action')
    const list = await rest('GET', `/api/referrals?depth=0&limit=100`, { token })
    const text = JSON.stringify([byId.body, list.body])
    expect(text).not.toContain(w.instructions.onT)
    expect(text).not.toContain(w.responseOnT)
    const gql = await graphql(`{ Referral(id: ${w.referrals.onT}) { instruction response } Referrals(limit: 100) { docs { instruction response } } }`, token)
    expect(gql.body.data.Referral).toEqual({ instruction: null, response: null })
    expect(JSON.stringify(gql.body)).not.toContain(w.instructions.onT)
    const local = await payload.findByID({ collection: 'referrals', id: w.referrals.onT, user: w.users.office, overrideAccess: false })
    expect(local.instruction).toBeUndefined()
    expect(local.response).toBeUndefined()
    // A paper the office may read: the instruction shows.
    const readable = await rest('GET', `/api/referrals/${w.referrals.onS}?depth=0`, { token })
    expect(readable.body.instruction).toBe(w.instructions.onS)
    // Its recipient, granted the paper, reads it (REST), and the office its own referral in the kartabl.
    const asRecipient = await rest('GET', `/api/referrals/${w.referrals.onT}?depth=0`, { token: w.tokens.expert })
    expect(asRecipient.body.instruction).toBe(w.instructions.onT)
    expect(richTextToPlain(asRecipient.body.response)).toBe(w.responseOnT)
    const kartabl = await rest('GET', '/api/kartabl', { token })
    const onC = kartabl.body.inbox.docs.find((d: { id: number }) => d.id === w.referrals.onC)
    expect(onC.instruction).toBe(w.instructions.onC)
    expect(JSON.stringify(kartabl.body)).not.toContain(w.instructions.onT)
  })

  it('nor can it filter or sort on them', async () => {
    const token = w.tokens.office
    const byInstruction = await sameAnswer(token, (v) => `/api/referrals?depth=0&where[OR][0][instruction][like]=${q(v)}`, w.instructions.onT)
    expect(byInstruction.body.totalDocs).toBe(0)
    // The response is rich text: no filter on it at all (the lookup finds it, under the same rule).
    const byResponse = await sameAnswer(token, (v) => `/api/referrals?depth=0&where[OR][0][response][like]=${q(v)}`, w.responseOnT)
    expect(byResponse.status).toBe(400)
    expect(JSON.stringify(byResponse.body)).toMatch(/[\u0600-\u06FF]/)
    const sorted = await rest('GET', `/api/referrals?depth=0&sort=instruction&limit=100`, { token })
    expect(sorted.body.docs.map((d: { id: number }) => d.id)).not.toContain(w.referrals.onT)
    const ask = (v: string) => graphql(`{ Referrals(where: { OR: [{ instruction: { like: ${JSON.stringify(v)} } }] }) { totalDocs } }`, token)
    expect((await ask(w.instructions.onT)).body).toEqual((await ask('نادرست')).body)
  })

  it('the recipient of a recalled referral, who sees the paper’s header only, no longer reads its instruction (referralTree, REST)', async () => {
    const token = w.tokens.addressee
    const letter = await rest('GET', `/api/letters/${w.letters.S}?depth=0`, { token })
    expect(letter.status).toBe(200)
    expect(letter.body).not.toHaveProperty('senderNumber')
    const tree = JSON.stringify(letter.body.referralTree)
    expect(tree).toContain(String(w.referrals.recalledOnS))
    expect(tree).not.toContain(w.instructions.recalledOnS)
    const byId = await rest('GET', `/api/referrals/${w.referrals.recalledOnS}?depth=0`, { token })
    expect(byId.status).toBe(200)
    expect(byId.body.instruction ?? null).toBeNull()
    // The director general, who referred it, still reads it in the tree.
    const asDirector = await rest('GET', `/api/letters/${w.letters.S}?depth=0`, { token: w.tokens.director })
    expect(JSON.stringify(asDirector.body.referralTree)).toContain(w.instructions.recalledOnS)
  })
})

describe('a malformed query is a Persian 400, never a 500', () => {
  const bad = [
    'where[OR][0][body][like]=x',
    'where[nosuchfield][equals]=1',
    'where[subject][nosuchoperator]=1',
    'where[subject][near]=1,2',
    'where[inReplyTo][equals]=abc',
    'where[inReplyTo][in]=1,abc',
    'where[inReplyTo][equals]=99999999999',
    'where[sender][equals]=5',
    'where[classification][equals]=bogus',
    'where[registeredAt][greater_than]=not-a-date',
    'where[registryYear][equals]=abc',
    'where[archived][equals]=maybe',
    'where[subject][exists]=perhaps',
    'where[or]=x',
    'where[inReplyTo.nosuch][equals]=1',
    'where[corrections.reason][like]=x',
    'where[sender.name][like]=x',
    'sort=nosuch',
    'sort=inReplyTo.subject',
    'sort=-',
    'joins[nosuch][where][subject][equals]=x',
    'joins[repliedBy][where][body][like]=x',
    'joins[repliedBy][sort]=nosuch',
  ]
  it.each(bad)('GET /api/letters?%s', async (query) => {
    const res = await rest('GET', `/api/letters?depth=0&${query}`, { token: w.tokens.office })
    expect(res.status).toBe(400)
    expect(errorText(res.body)).toMatch(persian)
  })

  it('GraphQL: an OR on the body, a bad sort', async () => {
    const orBody = await graphql(`{ Letters(where: { OR: [{ body: { like: "x" } }] }) { totalDocs } }`, w.tokens.office)
    expect(errorText(orBody.body)).toMatch(persian)
    const badSort = await graphql(`{ Letters(sort: "nosuch") { totalDocs } }`, w.tokens.office)
    expect(errorText(badSort.body)).toMatch(persian)
    expect(badSort.body.errors[0].extensions?.statusCode ?? 400).toBe(400)
  })

  it('the Local API on behalf of a user refuses the same', async () => {
    await expect(
      payload.find({ collection: 'letters', where: { OR: [{ body: { like: 'x' } }] } as never, user: w.users.office, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400 })
    // A relationship filter on an id that does not exist is well-formed: it finds nothing.
    const res = await rest('GET', `/api/letters?depth=0&where[inReplyTo][equals]=987654`, { token: w.tokens.office })
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(0)
  })
})
