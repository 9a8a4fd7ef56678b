import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { guardedGraphqlPost } from '../../../../server/graphql/guardedGraphql'

// Payload's handler behind the request limits (who, size, batch, fragments, aliases, cost).
export const POST = guardedGraphqlPost(config)
export const OPTIONS = REST_OPTIONS(config)
