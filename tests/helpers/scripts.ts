import { spawnSync } from 'child_process'
import path from 'path'

import { repoRoot } from './seed'

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx')

/** Runs one of the project's command-line entry points as its npm script does, without a terminal. */
export function runScript(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(tsx, ['--conditions=production', path.join(repoRoot, 'scripts', `${script}.ts`), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    input: '',
    timeout: 120_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() }
}
