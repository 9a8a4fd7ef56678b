import { describe, expect, it } from 'vitest'

import { linkedDraft, linkedSubject } from '../../src/lib/letters/linkedDraft'
import { orgGroups } from '../../src/lib/referrals/orgGroups'

const incoming = {
  id: 7,
  kind: 'incoming' as const,
  subject: 'درخواست مجوز تجمع',
  classification: 'secret',
  urgency: 'urgent',
  sender: { relationTo: 'correspondents', value: { id: 3, name: 'فرمانداری فسا' } },
  recipients: [{ relationTo: 'posts', value: 11 }],
}

describe('«پاسخ» and «پیرو» drafts', () => {
  it('a reply to an incoming letter is an outgoing draft to its sender, from the author’s post, in reply to it', () => {
    expect(linkedDraft(incoming, 'reply', { post: { id: 5 }, clearance: 'secret' })).toEqual({
      status: 'draft',
      kind: 'outgoing',
      classification: 'secret',
      urgency: 'urgent',
      subject: 'پاسخ: درخواست مجوز تجمع',
      inReplyTo: 7,
      recipients: [{ relationTo: 'correspondents', value: 3 }],
      sender: { relationTo: 'posts', value: 5 },
    })
  })

  it('nobody writes above their clearance: the draft is lowered to the author’s', () => {
    expect(linkedDraft(incoming, 'reply', { post: 9, clearance: 'confidential' }).classification).toBe('confidential')
  })

  it('a reply to an internal letter answers the post that sent it; to an outgoing one, arrives from whom it was sent to', () => {
    const internal = { ...incoming, kind: 'internal' as const, sender: { relationTo: 'posts', value: 4 } }
    expect(linkedDraft(internal, 'reply', { post: 5, clearance: 'secret' })).toMatchObject({ kind: 'internal', recipients: [{ relationTo: 'posts', value: 4 }], sender: { relationTo: 'posts', value: 5 } })
    const outgoing = { ...incoming, kind: 'outgoing' as const, recipients: [{ relationTo: 'posts', value: 2 }, { relationTo: 'correspondents', value: 8 }] }
    expect(linkedDraft(outgoing, 'reply', { post: 5, clearance: 'secret' })).toMatchObject({ kind: 'incoming', sender: { relationTo: 'correspondents', value: 8 }, inReplyTo: 7 })
  })

  it('a follow-up keeps the kind and the parties, and follows the letter', () => {
    const outgoing = { ...incoming, kind: 'outgoing' as const, copies: [{ relationTo: 'units', value: { id: 2 } }] }
    expect(linkedDraft(outgoing, 'follow', { post: 5, clearance: 'top-secret' })).toMatchObject({
      kind: 'outgoing',
      follows: [7],
      subject: 'پیرو: درخواست مجوز تجمع',
      recipients: [{ relationTo: 'posts', value: 11 }],
      copies: [{ relationTo: 'units', value: 2 }],
      sender: { relationTo: 'posts', value: 5 },
    })
    expect(linkedDraft(incoming, 'follow', { clearance: 'secret' })).toMatchObject({ kind: 'incoming', sender: { relationTo: 'correspondents', value: 3 }, follows: [7] })
  })

  it('the subject is prefixed once', () => {
    expect(linkedSubject('پاسخ: گزارش', 'reply')).toBe('پاسخ: گزارش')
    expect(linkedSubject(' گزارش ', 'follow')).toBe('پیرو: گزارش')
  })
})

describe('the referral drawer’s org chart', () => {
  it('groups people by the unit of their post, units in chart order, heads first, the rest last', () => {
    const units = [
      { id: 3, name: 'گروه سیاسی', parent: 2 },
      { id: 1, name: 'اداره کل', parent: null },
      { id: 2, name: 'معاونت سیاسی', parent: { id: 1 } },
    ]
    const posts = [
      { id: 10, title: 'کارشناس سیاسی', unit: 3, holder: 104 },
      { id: 11, title: 'رییس گروه', unit: 3, holder: 103, isUnitHead: true },
      { id: 12, title: 'معاون سیاسی', unit: 2, holder: 102, isUnitHead: true },
      { id: 13, title: 'مدیر کل', unit: 1, holder: 999 },
    ]
    const people = [102, 103, 104, 105].map((id) => ({ id, fullName: `کاربر ${id}` }))
    const groups = orgGroups(people, posts, units)
    expect(groups.map((g) => [g.name, g.people.map((p) => [p.id, p.postTitle])])).toEqual([
      ['معاونت سیاسی', [[102, 'معاون سیاسی']]],
      ['گروه سیاسی', [[103, 'رییس گروه'], [104, 'کارشناس سیاسی']]],
      ['', [[105, null]]],
    ])
  })
})
