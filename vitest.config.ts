import { createRequire } from 'module'

import { defineConfig } from 'vitest/config'

const require = createRequire(import.meta.url)

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (Payload and graphql-http load it so);
    // Vite would pick its ESM build for our files, a second copy whose GraphQLError the
    // server does not recognise. Next treats graphql as external, so the app has one copy.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    environment: 'node',
    // Lexical's "node" builds wrap dynamic imports in top-level await, which Node 20 sometimes
    // deadlocks on (the import never settles and the process exits mid-run). The "production"
    // condition selects its plain builds; the npm scripts pass the same flag.
    execArgv: ['--conditions=production'],
    reporters: ['default'],
    // The e2e server's teardown stops `npm start` as Ctrl+C would and waits for it (up to 30 s).
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          // The tests run the job queue themselves.
          env: { DABIR_TEST_FAULTS: '1', DABIR_JOBS_AUTORUN: '0' },
          globalSetup: ['tests/helpers/databaseSetup.ts', 'tests/helpers/smtpSetup.ts'],
          // One database per run, shared by the files in turn: 2 cores, and Payload's init is the cost.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Chromium first: installed if missing and possible, else the run stops at once saying how.
          globalSetup: ['tests/helpers/chromiumSetup.ts', 'tests/helpers/databaseSetup.ts', 'tests/helpers/serverSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          // May include a production build on a machine that has none yet.
          hookTimeout: 20 * 60_000,
        },
      },
    ],
  },
})
