import path from 'path'

import type { Payload } from 'payload'

import { readJsonFile } from './readJsonFile'
import { runInTransaction } from './runInTransaction'
import { seedDemoUsers } from './seedDemoUsers'
import { seedReferenceData } from './seedReferenceData'

export const DEMO_USERS_FILE = 'data/demo-users.json'

/** Reference data first (idempotent), then the demo accounts. */
export async function seedDemo(payload: Payload, root: string, password: string) {
  await seedReferenceData(payload, root)
  const file = path.resolve(root, DEMO_USERS_FILE)
  const data = readJsonFile(file)
  return runInTransaction(payload, 'بارگذاری کاربران نمایشی', (req) => seedDemoUsers(payload, data, path.basename(file), password, req))
}
