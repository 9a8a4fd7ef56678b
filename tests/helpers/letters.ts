import type { Payload } from 'payload'

import type { Letter } from '../../src/payload-types'
import { demoUser } from './users'

/**
 * Registers an incoming letter from `sender` (a correspondent id) as a demo user, through the
 * Local API with access control on: `normal`, not urgent, unless `data` says otherwise.
 */
export async function registerIncoming(payload: Payload, sender: number, data: Record<string, unknown>, as = 'office'): Promise<Letter> {
  return payload.create({
    collection: 'letters',
    data: { kind: 'incoming', status: 'registered', urgency: 'normal', classification: 'normal', sender: { relationTo: 'correspondents', value: sender }, ...data } as never,
    user: await demoUser(payload, as),
    overrideAccess: false,
  })
}
