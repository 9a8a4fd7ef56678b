import path from 'path'

import type { Payload } from 'payload'

import { readJsonFile } from './readJsonFile'
import { runInTransaction } from './runInTransaction'
import { seedDivisions } from './seedDivisions'
import { seedOrganisation, type OrganisationSeedReport } from './seedOrganisation'
import { seedHolidays } from './seedHolidays'
import { seedRegistryBooks } from './seedRegistryBooks'
import { seedCommissions } from './seedCommissions'
import type { SeedTally } from './tally'

export const DEFAULT_ORG_FILE = 'data/org/political-directorate.json'
export const DEFAULT_DIVISIONS_FILE = 'data/fars-divisions.json'
export const REGISTRY_BOOKS_FILE = 'data/registry-books.json'
export const HOLIDAYS_FILE = 'data/iran-holidays.json'
export const SOLAR_HOLIDAYS_FILE = 'data/solar-holidays.json'
export const COMMISSIONS_FILE = 'data/commissions.json'

export type ReferenceSeedReport = {
  organisations: Record<string, OrganisationSeedReport>
  divisions?: SeedTally
  registryBooks?: SeedTally
  holidays?: SeedTally
  commissions?: SeedTally
}

/**
 * `npm run seed`: organisation file(s) and the divisions file, in one transaction.
 * Every file is read and validated before anything is written.
 */
export async function seedReferenceData(
  payload: Payload,
  root: string,
  files: { orgFiles?: string[]; divisionsFile?: string | null } = {},
): Promise<ReferenceSeedReport> {
  const orgFiles = (files.orgFiles?.length ? files.orgFiles : [DEFAULT_ORG_FILE]).map((f) => path.resolve(root, f))
  const divisionsFile = files.divisionsFile === null ? null : path.resolve(root, files.divisionsFile ?? DEFAULT_DIVISIONS_FILE)
  const orgData = orgFiles.map((file) => ({ name: path.basename(file), data: readJsonFile(file) }))
  const divisionsData = divisionsFile ? { name: path.basename(divisionsFile), data: readJsonFile(divisionsFile) } : null
  const booksFile = path.resolve(root, REGISTRY_BOOKS_FILE)
  const booksData = readJsonFile(booksFile)
  const holidaysFile = path.resolve(root, HOLIDAYS_FILE)
  const solarFile = path.resolve(root, SOLAR_HOLIDAYS_FILE)
  const holidaysData = readJsonFile(holidaysFile)
  const solarData = readJsonFile(solarFile)
  const commissionsFile = path.resolve(root, COMMISSIONS_FILE)
  const commissionsData = readJsonFile(commissionsFile)

  return runInTransaction(payload, 'بارگذاری داده‌های پایه (سازمان، تقسیمات، دفاتر، تعطیلات، کمیسیون‌ها)', async (req) => {
    const report: ReferenceSeedReport = { organisations: {} }
    for (const { name, data } of orgData) {
      report.organisations[name] = await seedOrganisation(payload, data, name, req)
    }
    if (divisionsData) report.divisions = await seedDivisions(payload, divisionsData.data, divisionsData.name, req)
    report.registryBooks = await seedRegistryBooks(payload, booksData, path.basename(booksFile), req)
    report.holidays = await seedHolidays(payload, holidaysData, solarData, path.basename(holidaysFile), path.basename(solarFile), req)
    report.commissions = await seedCommissions(payload, commissionsData, path.basename(commissionsFile), req)
    return report
  })
}

/**
 * The holidays alone (data/iran-holidays.json and data/solar-holidays.json), in one transaction:
 * for a database whose reference data predates the holidays collection. Idempotent.
 */
export async function seedHolidayFiles(payload: Payload, root: string): Promise<SeedTally> {
  const holidaysFile = path.resolve(root, HOLIDAYS_FILE)
  const solarFile = path.resolve(root, SOLAR_HOLIDAYS_FILE)
  const holidaysData = readJsonFile(holidaysFile)
  const solarData = readJsonFile(solarFile)
  return runInTransaction(payload, 'بارگذاری تعطیلات', (req) =>
    seedHolidays(payload, holidaysData, solarData, path.basename(holidaysFile), path.basename(solarFile), req),
  )
}
