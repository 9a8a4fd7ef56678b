import type { Payload } from 'payload'

import { plainToRichText } from '../../src/lib/letters/text'
import type { Letter } from '../../src/payload-types'
import { demoUser } from './users'

let senderNumbers = 0

/**
 * What the default incoming book requires for registration (data/registry-books.json) beyond
 * the sender and subject: the sender's number (unique per call, so no two are duplicates of
 * each other) and date, and a body, each unless `data` brings its own (or a Jalali date, or
 * attachments in place of a body).
 */
export function incomingRequirements(data: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...('senderNumber' in data ? {} : { senderNumber: `T-${process.pid}-${++senderNumbers}` }),
    ...('senderDate' in data || 'senderDateJalali' in data ? {} : { senderDate: new Date(Date.now() - 3 * 86_400_000).toISOString() }),
    ...('body' in data || 'attachments' in data ? {} : { body: plainToRichText('پیکرهٔ ساختگی') }),
  }
}

/**
 * Registers an incoming letter from `sender` (a correspondent id) as a demo user, through the
 * Local API with access control on: `normal`, not urgent, complete as registration requires,
 * unless `data` says otherwise.
 */
export async function registerIncoming(payload: Payload, sender: number, data: Record<string, unknown>, as = 'office'): Promise<Letter> {
  return payload.create({
    collection: 'letters',
    data: { kind: 'incoming', status: 'registered', urgency: 'normal', classification: 'normal', sender: { relationTo: 'correspondents', value: sender }, ...incomingRequirements(data), ...data } as never,
    user: await demoUser(payload, as),
    overrideAccess: false,
  })
}
