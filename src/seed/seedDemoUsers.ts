import type { Payload, PayloadRequest } from 'payload'

import { isClearanceLevel } from '../lib/security/clearance'
import { isRole } from '../lib/security/roles'
import { SeedError } from './SeedError'
import { changedFields, emptyTally, type SeedTally } from './tally'

type DemoUser = { email: string; post: string | null; fullName?: string; clearance: string; roles: string[] }
type DemoFile = { organisation: string; users: DemoUser[] }

export const DEMO_MARK = ' (نمایشی)'

function validateDemoFile(data: unknown, fileName: string): DemoFile {
  const errors: string[] = []
  const file = data as Partial<DemoFile>
  if (!file || typeof file !== 'object' || typeof file.organisation !== 'string' || !Array.isArray(file.users)) {
    throw new SeedError([`${fileName}: باید شیئی با «organisation» و فهرست «users» باشد`])
  }
  file.users.forEach((u, i) => {
    const where = `${fileName}: users[${i}] (${u?.email ?? '؟'})`
    if (!u || typeof u.email !== 'string' || !u.email.includes('@')) errors.push(`${where}: نشانی ایمیل نامعتبر است`)
    if (!isClearanceLevel(u?.clearance)) errors.push(`${where}: سطح طبقه‌بندی «${u?.clearance}» شناخته نیست`)
    if (!Array.isArray(u?.roles) || !u.roles.every(isRole)) errors.push(`${where}: نقش‌ها نامعتبرند`)
    if (u?.post === null && !u.fullName) errors.push(`${where}: کاربر بی‌سمت باید «fullName» داشته باشد`)
  })
  if (errors.length) throw new SeedError(errors)
  return file as DemoFile
}

/**
 * One demo account per post (and the admin), all with `password`. Passwords are set
 * when an account is created and never overwritten, so re-running keeps changes people made.
 * Also records each account as its post's holder. A system action on `req`.
 */
export async function seedDemoUsers(
  payload: Payload,
  data: unknown,
  fileName: string,
  password: string,
  req: PayloadRequest,
): Promise<SeedTally> {
  const file = validateDemoFile(data, fileName)
  const tally = emptyTally()
  const posts = await payload.find({
    collection: 'posts',
    where: { organisation: { equals: file.organisation } },
    pagination: false,
    depth: 0,
    req,
  })
  const postByKey = new Map(posts.docs.map((p) => [p.key, p]))
  const missing = file.users
    .filter((u) => u.post && !postByKey.has(u.post))
    .map((u) => `${fileName}: ${u.email}: سمت «${u.post}» در سازمان «${file.organisation}» نیست؛ نخست npm run seed را اجرا کنید`)
  if (missing.length) throw new SeedError(missing)

  // Admins first: on an empty system the first account becomes the admin (firstUserIsAdmin).
  const ordered = [...file.users].sort((a, b) => Number(b.roles.includes('admin')) - Number(a.roles.includes('admin')))
  for (const user of ordered) {
    const post = user.post ? postByKey.get(user.post)! : null
    const wanted = {
      email: user.email,
      fullName: user.fullName ?? `${post!.title}${DEMO_MARK}`,
      post: post?.id ?? null,
      clearance: user.clearance as 'normal',
      roles: user.roles as 'expert'[],
      active: true,
    }
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: user.email } },
      limit: 1,
      depth: 0,
      req,
    })
    const existing = found.docs[0]
    let userId: number
    if (!existing) {
      const created = await payload.create({ collection: 'users', data: { ...wanted, password }, req })
      userId = created.id
      tally.created++
    } else {
      userId = existing.id
      const changes = changedFields(existing as unknown as Record<string, unknown>, wanted)
      if (Object.keys(changes).length) {
        await payload.update({ collection: 'users', id: existing.id, data: changes, req })
        tally.updated++
      } else {
        tally.unchanged++
      }
    }
    const holder = post?.holder
    if (post && (typeof holder === 'object' ? holder?.id : holder) !== userId) {
      await payload.update({ collection: 'posts', id: post.id, data: { holder: userId }, req })
    }
  }
  return tally
}
