import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'

// Payload serves the playground only outside production (disablePlaygroundInProduction).
export const GET = GRAPHQL_PLAYGROUND_GET(config)
