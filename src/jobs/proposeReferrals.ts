import { createLocalReq, type PayloadRequest, type TaskConfig } from 'payload'

import { idOf } from '../lib/compare'
import { matchingRules, type LetterFacts } from '../lib/referrals'
import { PROPOSING, recipientProblem } from '../collections/Referrals/hooks/prepareReferral'
import { resolveRecipients } from '../collections/Referrals/recipients'

const TRIAGE = { toPost: 'office-chief', purpose: 'review', instruction: 'جهت بررسی و تعیین ارجاع' } as const

export const proposeReferralsTask: TaskConfig<{ input: { letterId: number; userId: number }; output: { proposed: number } }> = {
  slug: 'proposeReferrals',
  retries: 2,
  inputSchema: [
    { name: 'letterId', type: 'number', required: true },
    { name: 'userId', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'proposed', type: 'number' }],
  handler: async ({ input, req: jobReq }) => {
    const { payload } = jobReq
    const user = await payload.findByID({ collection: 'users', id: input.userId, depth: 0, overrideAccess: true, disableErrors: true })
    const doc = await payload.findByID({ collection: 'letters', id: input.letterId, depth: 0, overrideAccess: true, disableErrors: true })
    // A letter cancelled (or still a draft) before the queue reached it gets no proposals: nothing
    // to refer, and not a failure to retry (prepareReferral would refuse it with a 409).
    if (!user || !doc || doc.status !== 'registered') return { output: { proposed: 0 } }
    const req = await createLocalReq({ user: { ...user, collection: 'users' } as never, context: jobReq.context }, payload)
    req.transactionID = jobReq.transactionID
    return { output: { proposed: await propose(req, doc as never) } }
  },
}

/**
 * The proposals themselves: drafts from the registrar, visible and editable before the office
 * chief sends them; without a matching rule, one draft to the office chief for triage.
 * Recipients below the letter's classification are left out (a draft to them could never be sent).
 */
async function propose(req: PayloadRequest, doc: Record<string, any>): Promise<number> {

  const senderId = doc.sender?.relationTo === 'correspondents' ? idOf(doc.sender.value) : null
  const sender = senderId === null ? null : await req.payload.findByID({ collection: 'correspondents', id: senderId, depth: 0, req, overrideAccess: true, disableErrors: true })
  const facts: LetterFacts = {
    sender: senderId,
    senderDivision: idOf(sender?.division),
    subject: String(doc.subject ?? ''),
    keywords: (doc.keywords as string[] | undefined) ?? [],
    classification: String(doc.classification ?? 'normal'),
  }
  const rules = (await req.payload.find({ collection: 'routing-rules', where: { active: { equals: true } }, depth: 0, pagination: false, req, overrideAccess: true })).docs
  const fired = matchingRules(
    rules.map((r) => ({
      ...r,
      order: r.order ?? 0,
      senders: (r.senders ?? []).map(idOf).filter((id): id is number => id !== null),
      keywords: r.keywords ?? [],
      divisions: (r.divisions ?? []).map(idOf).filter((id): id is number => id !== null),
      classifications: r.classifications ?? [],
      stop: Boolean(r.stop),
    })),
    facts,
  )

  const proposals: { toPost?: number | null; toUnit?: number | null; purpose: string; instruction?: string | null }[] = fired.map((r) => ({
    toPost: idOf(r.toPost),
    toUnit: idOf(r.toUnit),
    purpose: r.purpose,
    instruction: r.instruction,
  }))
  if (!proposals.length) {
    const office = await req.payload.find({ collection: 'posts', where: { key: { equals: TRIAGE.toPost } }, depth: 0, limit: 1, req, overrideAccess: true })
    if (office.docs[0]) proposals.push({ toPost: office.docs[0].id, purpose: TRIAGE.purpose, instruction: TRIAGE.instruction })
  }

  let proposed = 0
  for (const proposal of proposals) {
    // A rule pointing at nobody, or at someone below the classification, proposes nothing.
    const recipients = await resolveRecipients(req, proposal)
    if (await recipientProblem(req, recipients, doc.classification)) continue
    await req.payload.create({
      collection: 'referrals',
      data: { record: { relationTo: 'letters', value: doc.id }, state: 'draft', ...proposal } as never,
      req,
      user: req.user,
      overrideAccess: false,
      context: { [PROPOSING]: true },
    })
    proposed++
  }
  return proposed
}
