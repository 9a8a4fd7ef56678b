import type { Payload } from 'payload'

import { plainToRichText } from '../../src/lib/letters/text'
import type { User } from '../../src/payload-types'
import { rest } from './rest'
import { withDemoUsers } from './users'

export const WORLD_PASSWORD = 'Dabir-query-1405!'

export type Who = 'director' | 'office' | 'addressee' | 'expert' | 'admin' | 'auditor'

const PEOPLE: Record<Who, { roles: string[]; clearance: string; post?: boolean }> = {
  director: { roles: ['director'], clearance: 'top-secret' },
  office: { roles: ['secretariat'], clearance: 'secret' },
  // An expert holding a post papers above their clearance are addressed to: the header only.
  addressee: { roles: ['expert'], clearance: 'confidential', post: true },
  // The expert and the admin get a copy of the highly-confidential paper (H) on a post of their own.
  expert: { roles: ['expert'], clearance: 'confidential', post: true },
  admin: { roles: ['admin'], clearance: 'normal', post: true },
  auditor: { roles: ['auditor'], clearance: 'normal' },
}

export interface World {
  tag: string
  users: Record<Who, User>
  tokens: Record<Who, string>
  post: number
  dossier: number
  /** N: normal; C: confidential; S, H: secret and highly-confidential addressed to the addressee's post; T: top-secret. */
  letters: {
    N: number
    C: number
    S: number
    H: number
    T: number
    draftReplyingToS: number
    draftReplyingToT: number
    /** Drafts of the expert and the admin replying to H (whose header they see), of the auditor to S (unseen). */
    expertDraft: number
    adminDraft: number
    auditorDraft: number
  }
  /** Hidden values, per letter key (the sender's number, the summary). */
  senderNumbers: Record<'C' | 'S' | 'H' | 'T', string>
  referrals: { onT: number; onC: number; recalledOnS: number; onS: number }
  instructions: { onT: string; onC: string; recalledOnS: string; onS: string }
  responseOnT: string
}

/**
 * A small registry of its own (accounts, a post, a dossier, papers of every level, referrals),
 * named with `tag` so no other test file shares its accounts. Papers are made by the system
 * (no author) unless a user's own draft; referrals by the director general as a user would.
 */
export async function buildWorld(payload: Payload, tag: string): Promise<World> {
  await withDemoUsers(payload)
  const anyPost = (await payload.find({ collection: 'posts', limit: 1, depth: 0 })).docs[0]!
  const posts = {} as Record<Who, number>
  const users = {} as Record<Who, User>
  const tokens = {} as Record<Who, string>
  for (const [who, p] of Object.entries(PEOPLE) as [Who, (typeof PEOPLE)[Who]][]) {
    if (p.post) {
      posts[who] = (
        await payload.create({
          collection: 'posts',
          data: { title: `سمت ${who} ${tag}`, organisation: `org-${tag}`, key: `${tag}-${who}`, unit: anyPost.unit as number } as never,
        })
      ).id
    }
    users[who] = (await payload.create({
      collection: 'users',
      data: { email: `${tag}.${who}@test.dabir.ir`, password: WORLD_PASSWORD, fullName: `${who} ${tag}`, roles: p.roles, clearance: p.clearance, ...(p.post ? { post: posts[who] } : {}) } as never,
    })) as User
    if (p.post) await payload.update({ collection: 'posts', id: posts[who], data: { holder: users[who].id } as never })
    const login = await rest('POST', '/api/users/login', { body: { email: `${tag}.${who}@test.dabir.ir`, password: WORLD_PASSWORD } })
    if (login.status !== 200) throw new Error(`login ${who}: ${login.status}`)
    tokens[who] = login.body.token
  }
  const sender = (await payload.create({ collection: 'correspondents', data: { name: `فرستندهٔ ${tag}`, kind: 'organisation' } as never })).id
  let code = 9000 + ([...tag].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 900)
  while ((await payload.count({ collection: 'dossiers', where: { code: { equals: String(code) } } })).totalDocs) code++
  const dossier = (await payload.create({ collection: 'dossiers', data: { code: String(code), title: `پروندهٔ ${tag}`, status: 'open' } as never })).id
  const toPost = [{ relationTo: 'posts', value: posts.addressee }]
  const copiesOfH = (['addressee', 'expert', 'admin'] as const).map((who) => ({ relationTo: 'posts', value: posts[who] }))
  const paper = (level: string, key: string, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'letters',
      data: {
        kind: 'incoming',
        status: 'registered',
        classification: level,
        urgency: 'normal',
        subject: `نامهٔ ${key} ${tag}`,
        summary: `خلاصهٔ ${key} ${tag}`,
        body: plainToRichText(`متن ${key} ${tag}`),
        senderNumber: `${tag}-SN-${key}`,
        sender: { relationTo: 'correspondents', value: sender },
        ...extra,
      } as never,
    })
  const N = (await paper('normal', 'N')).id
  const C = (await paper('confidential', 'C', { dossier })).id
  const S = (await paper('secret', 'S', { recipients: toPost, inReplyTo: N, follows: [N], dossier })).id
  const H = (await paper('highly-confidential', 'H', { copies: copiesOfH, inReplyTo: N, dossier })).id
  const T = (await paper('top-secret', 'T', { inReplyTo: N })).id
  // The addressee's own drafts, replying to a paper they see the header of, and to one they do not see.
  // A writer cannot link a paper they do not see (it answers as missing), so the link is set by
  // the system afterwards: as if the paper had been raised after the writer linked it.
  const draft = async (inReplyTo: number, key: string, who: Who = 'addressee') => {
    const created = await payload.create({
      collection: 'letters',
      data: { kind: 'outgoing', status: 'draft', classification: 'normal', urgency: 'normal', subject: `پیش‌نویس ${key} ${who} ${tag}` } as never,
      user: users[who],
    })
    return payload.update({ collection: 'letters', id: created.id, data: { inReplyTo } as never })
  }
  const draftReplyingToS = (await draft(S, 'S')).id
  const draftReplyingToT = (await draft(T, 'T')).id
  const expertDraft = (await draft(H, 'H', 'expert')).id
  const adminDraft = (await draft(H, 'H', 'admin')).id
  const auditorDraft = (await draft(S, 'S', 'auditor')).id

  const director = users.director
  const refer = async (record: number, to: number, instruction: string) =>
    (
      await payload.create({
        collection: 'referrals',
        data: { record: { relationTo: 'letters', value: record }, to: [to], purpose: 'action', instruction } as never,
        user: director,
        overrideAccess: false,
      })
    ).id
  const instructions = {
    onT: `هامش-${tag}-بسیار-سری`,
    onC: `هامش-${tag}-محرمانه`,
    recalledOnS: `هامش-${tag}-پس-گرفته`,
    onS: `هامش-${tag}-سری`,
  }
  const onT = await refer(T, users.expert.id, instructions.onT)
  const onC = await refer(C, users.office.id, instructions.onC)
  const onS = await refer(S, users.office.id, instructions.onS)
  const recalledOnS = await refer(S, users.addressee.id, instructions.recalledOnS)
  await payload.update({ collection: 'referrals', id: recalledOnS, data: { state: 'recalled' } as never, user: director, overrideAccess: false })
  // The recipient of the top-secret referral works it and answers.
  const responseOnT = `پاسخ-${tag}-بسیار-سری`
  await payload.update({ collection: 'referrals', id: onT, data: { state: 'in-progress' } as never, user: users.expert, overrideAccess: false })
  await payload.update({ collection: 'referrals', id: onT, data: { state: 'done', response: responseOnT } as never, user: users.expert, overrideAccess: false })

  return {
    tag,
    users,
    tokens,
    post: posts.addressee,
    dossier,
    letters: { N, C, S, H, T, draftReplyingToS, draftReplyingToT, expertDraft, adminDraft, auditorDraft },
    senderNumbers: { C: `${tag}-SN-C`, S: `${tag}-SN-S`, H: `${tag}-SN-H`, T: `${tag}-SN-T` },
    referrals: { onT, onC, recalledOnS, onS },
    instructions,
    responseOnT,
  }
}
