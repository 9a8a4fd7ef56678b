import path from 'path'
import { plainToRichText } from '../../src/lib/letters/text'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin, api, demoToken } from '../helpers/app'
import { launchBrowser } from '../helpers/browser'
import { repoRoot } from '../helpers/seed'

const shots = path.join(repoRoot, 'tests', 'e2e', 'screenshots')

describe('access and the audit trail in the running app', () => {
  let browser: Browser
  let letterId: number

  beforeAll(async () => {
    browser = await launchBrowser()
    const office = await demoToken('office')
    const sender = await api('POST', '/api/correspondents', { name: 'فرمانداری جهرم', kind: 'county-governorate' }, office)
    const created = await api('POST', '/api/letters', {
      kind: 'incoming',
      status: 'registered',
      classification: 'confidential',
      subject: 'گزارش محرمانهٔ انتخاباتی',
      sender: { relationTo: 'correspondents', value: sender.body.doc.id },
      senderNumber: 'AA-1',
      senderDateJalali: '۱۴۰۵/۰۸/۰۱',
      body: plainToRichText('گزارش محرمانه'),
    }, office)
    expect(created.status).toBe(201)
    letterId = created.body.doc.id
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('records a confidential paper opened in the admin as a read through the admin', async () => {
    const page = await browser.newPage()
    await adminLogin(page, 'director@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/letters/${letterId}`)
    await page.locator('#field-subject').waitFor()
    await page.close()

    const auditor = await demoToken('auditor')
    const reads = await api('GET', `/api/audit-log?where[targetId][equals]=${letterId}&where[action][equals]=read&limit=50`, undefined, auditor)
    expect(reads.status).toBe(200)
    const doors = reads.body.docs.filter((d: { actorEmail: string }) => d.actorEmail === 'director@demo.dabir.ir').map((d: { interface: string }) => d.interface)
    expect(doors).toContain('admin')
  })

  it('shows the auditor the trail in Persian with Jalali times, and the admin not at all', async () => {
    const page = await browser.newPage()
    await adminLogin(page, 'auditor@demo.dabir.ir')
    await page.goto(`${inject('baseUrl')}/admin/collections/audit-log`)
    await page.waitForSelector('table')
    const table = (await page.textContent('table')) ?? ''
    expect(table).toMatch(/خواندن|ورود/)
    expect(table).toMatch(/۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2}/)
    await page.screenshot({ path: path.join(shots, 'audit-log.png'), fullPage: true })
    await page.close()
    expect((await api('GET', '/api/audit-log', undefined, await demoToken('admin'))).status).toBe(403)
  })

  it('serves the kartabl and the dwell report in the built app, to logged-in users only', async () => {
    expect((await api('GET', '/api/kartabl')).status).toBe(401)
    const desk = await api('GET', '/api/kartabl', undefined, await demoToken('office'))
    expect(desk.status).toBe(200)
    expect(Object.keys(desk.body).sort()).toEqual(['counts', 'inbox', 'sent', 'tabs'])
    expect((await api('GET', '/api/reports/dwell?from=1405/09/01&to=1405/09/30', undefined, await demoToken('office'))).status).toBe(200)
  })

  it('refuses a GraphQL query 50 levels deep, and depth=100, in the built app', async () => {
    const query = `{ Letters { docs ${'{ inReplyTo '.repeat(49)}{ id }${' }'.repeat(49)} } }`
    const res = await api('POST', '/api/graphql', { query }, await demoToken('office'), { Accept: 'application/graphql-response+json' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/[\u0600-\u06FF]/)
    expect((await api('GET', '/api/letters?depth=100', undefined, await demoToken('office'))).status).toBe(400)
  })
})
