import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Dossier } from '../../src/payload-types'
import { registerIncoming } from '../helpers/letters'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { demoUser, tokenFor, withDemoUsers } from '../helpers/users'

let payload: Payload
let sender: number
const persian = /[\u0600-\u06FF]/
const errorText = (body: { errors?: { message: string }[] }) => (body?.errors ?? []).map((e) => e.message).join(' ')

async function dossier(code: string, title: string, parent?: number): Promise<Dossier> {
  const res = await rest('POST', '/api/dossiers', { token: await tokenFor('office'), body: { code, title, parent } })
  expect(res.status, errorText(res.body)).toBe(201)
  return res.body.doc
}

const register = (data: Record<string, unknown>) => registerIncoming(payload, sender, data)

beforeAll(async () => {
  payload = await testPayload()
  await withDemoUsers(payload)
  sender = (await payload.create({ collection: 'correspondents', data: { name: 'فرمانداری استهبان', kind: 'county-governorate' } })).id
})

describe('the filing plan', () => {
  it('is a tree of codes kept by the office chief; bad codes and strangers are refused', async () => {
    const top = await dossier('۷', 'انتخابات')
    const mid = await dossier('7-1', 'انتخابات مجلس', top.id)
    expect(mid.code).toBe('7-1')
    for (const body of [{ code: '7/a', title: 'بد' }, { code: '7-1-2', title: 'بی‌پدر' }, { code: '8-1', title: 'پدر نادرست', parent: top.id }]) {
      const res = await rest('POST', '/api/dossiers', { token: await tokenFor('office'), body })
      expect(res.status).toBe(400)
      expect(errorText(res.body)).toMatch(persian)
    }
    expect((await rest('POST', '/api/dossiers', { token: await tokenFor('expert.gis'), body: { code: '9', title: 'نه' } })).status).toBe(403)
    expect((await rest('DELETE', `/api/dossiers/${top.id}`, { token: await tokenFor('office') })).status).toBeGreaterThanOrEqual(403)
  })

  it('closing a dossier closes those under it, and a closed dossier takes no new letter', async () => {
    const top = await dossier('11', 'شوراها')
    const mid = await dossier('11-2', 'شورای شهر', top.id)
    const leaf = await dossier('11-2-3', 'شورای شهر شیراز', mid.id)
    const closed = await rest('PATCH', `/api/dossiers/${mid.id}`, { token: await tokenFor('office'), body: { status: 'closed' } })
    expect(closed.status).toBe(200)
    expect((await payload.findByID({ collection: 'dossiers', id: leaf.id })).status).toBe('closed')
    expect((await payload.findByID({ collection: 'dossiers', id: top.id })).status).toBe('open')

    const letter = await register({ subject: 'برای پروندهٔ بسته' })
    const res = await rest('PATCH', `/api/letters/${letter.id}`, { token: await tokenFor('office'), body: { dossier: leaf.id } })
    expect(res.status).toBe(409)
    expect(errorText(res.body)).toMatch(persian)
    expect((await payload.findByID({ collection: 'letters', id: letter.id })).dossier ?? null).toBeNull()
    expect((await rest('POST', '/api/dossiers', { token: await tokenFor('office'), body: { code: '11-2-4', title: 'تازه', parent: mid.id } })).status).toBe(409)
  })
})

describe('filing letters', () => {
  it('the secretariat files a registered letter; a colleague cannot move it', async () => {
    const d = await dossier('12', 'احزاب')
    const other = await dossier('13', 'تقسیمات')
    const letter = await register({ subject: 'نامهٔ حزب' })
    expect((await rest('PATCH', `/api/letters/${letter.id}`, { token: await tokenFor('office'), body: { dossier: d.id } })).status).toBe(200)
    const moved = await rest('PATCH', `/api/letters/${letter.id}`, { token: await tokenFor('deputy.political'), body: { dossier: other.id } })
    expect(moved.status).toBe(403)
    expect(errorText(moved.body)).toMatch(persian)
    const stored = await payload.findByID({ collection: 'letters', id: letter.id, depth: 0 })
    expect(stored.dossier).toBe(d.id)
  })

  it('a reply or a follow-up files itself where the earlier letter is; the secretariat can override', async () => {
    const d = await dossier('14', 'گزارش‌های امنیتی')
    const elsewhere = await dossier('15', 'سایر')
    const original = await register({ subject: 'نامهٔ نخست', dossier: d.id })
    const reply = await register({ subject: 'پاسخ', inReplyTo: original.id })
    expect(reply.dossier && typeof reply.dossier === 'object' ? reply.dossier.id : reply.dossier).toBe(d.id)
    const followUp = await register({ subject: 'پیرو', follows: [original.id] })
    expect((await payload.findByID({ collection: 'letters', id: followUp.id, depth: 0 })).dossier).toBe(d.id)
    const overridden = await register({ subject: 'پاسخ در پروندهٔ دیگر', inReplyTo: original.id, dossier: elsewhere.id })
    expect((await payload.findByID({ collection: 'letters', id: overridden.id, depth: 0 })).dossier).toBe(elsewhere.id)
    // The dossier lists its letters.
    const withLetters = await rest('GET', `/api/dossiers/${d.id}?depth=0`, { token: await tokenFor('office') })
    expect(withLetters.body.letters.docs).toEqual(expect.arrayContaining([original.id, reply.id, followUp.id]))
  })
})

describe('archived (بایگانی‌شده)', () => {
  it('a filed letter whose action referrals are all done is archived and leaves the kartabl; unfiled, it is not', async () => {
    const d = await dossier('16', 'بایگانی')
    const filed = await register({ subject: 'نامهٔ بایگانی‌شدنی', dossier: d.id })
    const unfiled = await register({ subject: 'نامهٔ بی‌پرونده' })
    const office = await tokenFor('office')
    const gis = (await demoUser(payload, 'expert.gis')).id
    const ethnic = (await demoUser(payload, 'expert.ethnic')).id
    const action = await rest('POST', '/api/referrals', { token: office, body: { record: { relationTo: 'letters', value: filed.id }, to: [gis], purpose: 'action' } })
    const review = await rest('POST', '/api/referrals', { token: office, body: { record: { relationTo: 'letters', value: filed.id }, to: [ethnic], purpose: 'review' } })
    const other = await rest('POST', '/api/referrals', { token: office, body: { record: { relationTo: 'letters', value: unfiled.id }, to: [gis], purpose: 'action' } })
    expect((await payload.findByID({ collection: 'letters', id: filed.id })).archived).toBe(false)

    const gisToken = await tokenFor('expert.gis')
    for (const id of [action.body.doc.id, other.body.doc.id]) {
      await rest('GET', `/api/referrals/${id}`, { token: gisToken })
      expect((await rest('PATCH', `/api/referrals/${id}`, { token: gisToken, body: { state: 'done', response: 'انجام شد' } })).status).toBe(200)
    }
    expect((await payload.findByID({ collection: 'letters', id: filed.id })).archived).toBe(true)
    expect((await payload.findByID({ collection: 'letters', id: unfiled.id })).archived).toBe(false)

    const desk = await rest('GET', '/api/kartabl', { token: await tokenFor('expert.ethnic') })
    expect(desk.body.inbox.docs.map((r: { id: number }) => r.id)).not.toContain(review.body.doc.id)
    expect((await payload.findByID({ collection: 'referrals', id: review.body.doc.id })).state).toBe('sent')

    // Taken out of its dossier, it is back on the desk.
    await rest('PATCH', `/api/letters/${filed.id}`, { token: office, body: { dossier: null } })
    expect((await payload.findByID({ collection: 'letters', id: filed.id })).archived).toBe(false)
    const back = await rest('GET', '/api/kartabl', { token: await tokenFor('expert.ethnic') })
    expect(back.body.inbox.docs.map((r: { id: number }) => r.id)).toContain(review.body.doc.id)

    const forged = await rest('PATCH', `/api/letters/${unfiled.id}`, { token: office, body: { archived: true } })
    expect(forged.status).toBe(400)
  })
})
