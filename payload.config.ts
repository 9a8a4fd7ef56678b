import path from 'path'
import { fileURLToPath } from 'url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { fa } from '@payloadcms/translations/languages/fa'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { collections } from './src/collections'
import { jobsCollectionAccess, mayManageJobs } from './src/access/jobs'
import { digestEndpoint } from './src/endpoints/digest'
import { dwellReportEndpoint } from './src/endpoints/dwellReport'
import { kartablEndpoint, kartablOpenEndpoint } from './src/endpoints/kartabl'
import { registryBookPdfEndpoint } from './src/endpoints/registryBookPdf'
import { searchEndpoint } from './src/endpoints/search'
import { Letterhead } from './src/globals/Letterhead'
import { ReferralSettings } from './src/globals/ReferralSettings'
import { addSearchTables } from './src/server/search/schema'
import { addMeetingBookingsTable } from './src/server/meetings/bookings'
import { addLoginThrottleTable } from './src/server/loginThrottle'
import { auditCheckpointTask } from './src/jobs/auditCheckpoint'
import { dailyReferralMailTask } from './src/jobs/dailyReferralMail'
import { directorDigestTask } from './src/jobs/directorDigest'
import { proposeReferralsTask } from './src/jobs/proposeReferrals'
import { sendNotificationTask } from './src/jobs/sendNotification'
import { auditFailures } from './src/hooks/audit/auditFailures'
import { databaseErrorsAre4xx } from './src/hooks/databaseErrorsAre4xx'
import { keepPublicMessages } from './src/hooks/keepPublicMessages'
import { nameFieldsInMessages } from './src/hooks/nameFieldsInMessages'
import { faOverrides } from './src/i18n/fa'
import { withPersianGlobalAdmin } from './src/i18n/persianAdmin'
import { oneLoginFailure } from './src/hooks/oneLoginFailure'
import { malformedRequestIs400 } from './src/hooks/malformedRequestIs400'
import { depthLimit } from './src/lib/graphql/depthLimit'
import { fileMessages } from './src/lib/files/messages'
import { GRAPHQL_DOCUMENT_LIMITS, statementTimeoutMs } from './src/lib/limits'
import { messages } from './src/messages'
import { migrations } from './src/migrations'
import { emailFromEnv } from './src/server/email'
import { dabirLoggerOptions } from './src/server/logger'
import { UPLOAD_PIXEL_LIMIT, uploadMaxBytes } from './src/server/uploadLimits'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const MAX_DEPTH = 10
const GRAPHQL_MAX_DEPTH = GRAPHQL_DOCUMENT_LIMITS.maxDepth

export default buildConfig({
  serverURL: process.env.SERVER_URL || '',
  secret: process.env.PAYLOAD_SECRET || '',
  admin: {
    user: 'users',
    // No gravatar: it would send a hash of every user's address to a third party.
    avatar: 'default',
    components: {
      // The dashboard opens on the user's kartabl.
      beforeDashboard: ['/src/components/Kartabl#Kartabl'],
      graphics: {
        Logo: '/src/components/Logo#Logo',
        Icon: '/src/components/Icon#Icon',
      },
      // The lookup (جستجوی اسناد) over /api/search, first in the nav.
      beforeNavLinks: ['/src/components/Lookup/LookupNavLink#LookupNavLink'],
      // The registry book and the director's digest pages, for those their endpoints serve.
      afterNavLinks: ['/src/components/RegistryBookView/DeskReportLinks#DeskReportNavLinks'],
      afterDashboard: ['/src/components/RegistryBookView/DeskReportLinks#DeskReportsDashboard'],
      // Persian for the few strings Payload hard-codes in English (src/i18n/hardcoded.ts), and
      // admin-wide keyboard shortcuts (Alt+N: a new incoming letter; src/components/DocumentActions/shortcuts.ts).
      providers: ['/src/components/Persian/PersianText#PersianText', '/src/components/DocumentActions/KeyboardShortcuts#KeyboardShortcuts'],
      views: {
        // Payload's account page with the Jalali header dates of every record page
        // (src/components/Account/AccountView.tsx says why it takes this slot).
        account: { Component: '/src/components/Account/AccountView#AccountView' },
        lookup: {
          Component: '/src/components/Lookup/LookupView#LookupView',
          path: '/lookup',
          exact: true,
          meta: { title: 'جستجوی اسناد' },
        },
        registryBook: {
          Component: '/src/components/RegistryBookView/RegistryBookView#RegistryBookView',
          path: '/registry-book',
          exact: true,
          meta: { title: 'دفتر اندیکاتور' },
        },
        digest: {
          Component: '/src/components/DigestView/DigestView#DigestView',
          path: '/digest',
          exact: true,
          meta: { title: 'گزارش روزانهٔ مدیر' },
        },
      },
    },
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' — دبیر', description: 'سامانهٔ دبیرخانه و مکاتبات' },
    dateFormat: 'yyyy/MM/dd HH:mm',
  },
  // Only Persian: offering more would let the browser's language win over the office's.
  i18n: {
    supportedLanguages: { fa },
    fallbackLanguage: 'fa',
    // Payload's Persian where it is English or says «آپلود» (src/i18n/fa.ts).
    translations: { fa: faOverrides },
  },
  collections,
  globals: [ReferralSettings, Letterhead].map(withPersianGlobalAdmin),
  endpoints: [kartablEndpoint, kartablOpenEndpoint, dwellReportEndpoint, searchEndpoint, registryBookPdfEndpoint, digestEndpoint],
  hooks: { afterError: [keepPublicMessages, nameFieldsInMessages, oneLoginFailure, malformedRequestIs400, databaseErrorsAre4xx, auditFailures] },
  // REST `depth` above this is refused (src/hooks/refuseDeepQueries), not clamped.
  maxDepth: MAX_DEPTH,
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: {
      // Read when the pool is created, not when this file is evaluated: the command-line
      // tools decide the database (embedded or DATABASE_URI) after importing the config.
      get connectionString() {
        return process.env.DATABASE_URI
      },
      // Short queries throughout: JIT compilation costs more than it saves (20+ ms on a broad
      // lookup), and the lookup's bitmaps must stay exact (not lossy) for a few hundred
      // thousand hits. No statement may hold a connection longer than the timeout
      // (DABIR_STATEMENT_TIMEOUT_MS, default 5 s; the command-line tools run without one, see
      // src/server/boot.ts): a request the limits let through still cannot stall the pool.
      get options() {
        return `-c jit=off -c work_mem=32MB -c statement_timeout=${statementTimeoutMs()}`
      },
    },
    // Schema push is a development convenience only (`npm run dev`); everywhere else
    // the committed migrations are the schema, applied on start.
    push: process.env.DABIR_DB_PUSH === '1',
    // Trigram similarity for the lookup's typo tolerance (also created by the search migration).
    extensions: ['pg_trgm'],
    beforeSchemaInit: [addSearchTables, addLoginThrottleTable, addMeetingBookingsTable],
    migrationDir: path.resolve(dirname, 'src/migrations'),
    prodMigrations: migrations,
  }),
  email: emailFromEnv(),
  // Refusals (4xx) at info without a stack, faults at error with it (src/server/logger.ts);
  // written through Payload's own pretty stream, as before.
  logger: { options: dabirLoggerOptions, destination: defaultLoggerOptions },
  jobs: {
    tasks: [sendNotificationTask, dailyReferralMailTask, proposeReferralsTask, directorDigestTask, auditCheckpointTask],
    // The running app sends queued mail every minute; tests and CLIs run the queue themselves.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }],
    shouldAutoRun: () => process.env.DABIR_JOBS_AUTORUN !== '0',
    deleteJobOnComplete: false,
    // Only the system (which skips access) and the admin queue, run or cancel jobs.
    access: { run: mayManageJobs, queue: mayManageJobs, cancel: mayManageJobs },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({ ...defaultJobsCollection, access: jobsCollectionAccess }),
  },
  // Documents are measured before they get here (src/server/graphql/guardedGraphql.ts: who,
  // size, batch, fragments, aliases, limit-weighted cost); these rules are the second line.
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    validationRules: () => [depthLimit(GRAPHQL_MAX_DEPTH, (depth) => messages.tooDeepGraphql(depth, GRAPHQL_MAX_DEPTH))],
  },
  // Decompression bombs are refused from the image header first; this is the second line.
  sharp: Object.assign((input?: Parameters<typeof sharp>[0], options?: Parameters<typeof sharp>[1]) =>
    sharp(input as never, { ...options, limitInputPixels: UPLOAD_PIXEL_LIMIT }), sharp) as unknown as typeof sharp,
  // Keep the file name exactly as sent (busboy would strip «../»), so it can be refused, not rewritten.
  bodyParser: { preservePath: true },
  upload: {
    limits: { fileSize: uploadMaxBytes() },
    // Stop reading at the limit instead of buffering the whole body first.
    abortOnLimit: true,
    responseOnLimit: fileMessages.tooLarge,
  },
  typescript: {
    // Generated on purpose (npm run generate) and checked in CI, never as a side effect of starting.
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
  telemetry: false,
})
