import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withRequestLimits } from '../../../../server/http/requestLimits'

// Body size, JSON well-formedness and nesting, and page sizes are checked before Payload reads the request.
export const GET = withRequestLimits(REST_GET(config))
export const POST = withRequestLimits(REST_POST(config))
export const DELETE = withRequestLimits(REST_DELETE(config))
export const PATCH = withRequestLimits(REST_PATCH(config))
export const PUT = withRequestLimits(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
