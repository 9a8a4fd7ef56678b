import path from 'path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { DEMO_PASSWORD, repoRoot } from '../helpers/seed'

const shots = path.join(repoRoot, 'tests', 'e2e', 'screenshots')

async function api(method: string, url: string, body?: unknown, token?: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${inject('baseUrl')}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}
const tokenOf = async (local: string) => (await api('POST', '/api/users/login', { email: `${local}@demo.dabir.ir`, password: DEMO_PASSWORD })).body.token as string

describe('access and the audit trail in the running app', () => {
  let browser: Browser
  let letterId: number

  beforeAll(async () => {
    browser = await launchBrowser()
    const office = await tokenOf('office')
    const sender = await api('POST', '/api/correspondents', { name: 'فرمانداری جهرم', kind: 'county-governorate' }, office)
    const created = await api('POST', '/api/letters', {
      kind: 'incoming',
      status: 'registered',
      classification: 'confidential',
      subject: 'گزارش محرمانهٔ انتخاباتی',
      sender: { relationTo: 'correspondents', value: sender.body.doc.id },
    }, office)
    expect(created.status).toBe(201)
    letterId = created.body.doc.id
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('records a confidential paper opened in the admin as a read through the admin', async () => {
    const page = await browser.newPage()
    await page.goto(`${inject('baseUrl')}/admin/login`)
    await page.fill('input[name="email"]', 'director@demo.dabir.ir')
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letterId}`)
    await page.locator('#field-subject').waitFor()
    await page.close()

    const auditor = await tokenOf('auditor')
    const reads = await api('GET', `/api/audit-log?where[targetId][equals]=${letterId}&where[action][equals]=read&limit=50`, undefined, auditor)
    expect(reads.status).toBe(200)
    const doors = reads.body.docs.filter((d: { actorEmail: string }) => d.actorEmail === 'director@demo.dabir.ir').map((d: { interface: string }) => d.interface)
    expect(doors).toContain('admin')
  })

  it('shows the auditor the trail in Persian with Jalali times, and the admin not at all', async () => {
    const page = await browser.newPage()
    await page.goto(`${inject('baseUrl')}/admin/login`)
    await page.fill('input[name="email"]', 'auditor@demo.dabir.ir')
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    await page.goto(`${inject('baseUrl')}/admin/collections/audit-log`)
    await page.waitForSelector('table')
    const table = (await page.textContent('table')) ?? ''
    expect(table).toMatch(/خواندن|ورود/)
    expect(table).toMatch(/۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2}/)
    await page.screenshot({ path: path.join(shots, 'audit-log.png'), fullPage: true })
    await page.close()
    expect((await api('GET', '/api/audit-log', undefined, await tokenOf('admin'))).status).toBe(403)
  })

  it('refuses a GraphQL query 50 levels deep, and depth=100, in the built app', async () => {
    const query = `{ Letters { docs ${'{ inReplyTo '.repeat(49)}{ id }${' }'.repeat(49)} } }`
    const res = await api('POST', '/api/graphql', { query }, await tokenOf('office'), { Accept: 'application/graphql-response+json' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/[\u0600-\u06FF]/)
    expect((await api('GET', '/api/letters?depth=100', undefined, await tokenOf('office'))).status).toBe(400)
  })
})
