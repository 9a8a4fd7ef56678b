import path from 'path'
import { fileURLToPath } from 'url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The demo password used by the tests (the demo seeder refuses to run without one). */
export const DEMO_PASSWORD = 'Dabir-test-1405!'
