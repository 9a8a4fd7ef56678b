import { BackupError } from '../src/server/backupError'
import { DatabaseStartError } from '../src/server/database'
import { SeedError } from '../src/seed/SeedError'

/**
 * Runs a command-line entry point; known failures (unreachable database, bad seed file)
 * print one clear message and exit 1 instead of a stack trace.
 */
export function runCli(main: () => Promise<void>) {
  main().then(
    () => process.exit(), // process.exitCode, if a tool set one
    (error: unknown) => {
      if (error instanceof DatabaseStartError || error instanceof BackupError) {
        console.error(error.message)
      } else if (error instanceof SeedError) {
        console.error('بارگذاری انجام نشد و هیچ داده‌ای نوشته نشد:')
        for (const line of error.errors) console.error(`  - ${line}`)
      } else {
        console.error(error)
      }
      process.exit(1)
    },
  )
}

/** The value after `name` in argv (`--out file`), or after `name=`. */
export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  if (i >= 0) return args[i + 1]
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1)
}
