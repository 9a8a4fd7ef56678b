/**
 * Side-effect module: import it first in every command-line entry point, so `.env`
 * (with a generated PAYLOAD_SECRET) is in process.env before payload.config is evaluated.
 */
import { ensureEnv } from './env'
import { projectRoot } from './paths'

ensureEnv(projectRoot)
