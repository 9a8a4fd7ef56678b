import { configToSchema } from '@payloadcms/graphql'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getVariableValues, GraphQLError, Kind, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql'
import { executeAuthStrategies, getPayload, type SanitizedConfig } from 'payload'

import { checkDocument } from '../../lib/graphql/documentLimits'
import { persianGraphqlError } from '../../lib/graphql/persianErrors'
import { GRAPHQL_DOCUMENT_LIMITS, GRAPHQL_MAX_QUERY_BYTES, GRAPHQL_MAX_TOKENS, JSON_MAX_NESTING } from '../../lib/limits'
import { limitMessages } from '../../lib/limits/messages'
import { jsonNesting, readJsonWithin, refusal, withBody } from '../http/requestLimits'

type Config = SanitizedConfig | Promise<SanitizedConfig>
type Built = ReturnType<typeof configToSchema>

/**
 * Payload keeps its GraphQL schema on this global (@payloadcms/next routes/graphql/handler).
 * The guard needs the same schema to weigh list fields; reading and filling that cache builds it
 * once for both. Should a Payload upgrade rename it, each side simply builds its own.
 */
const payloadCache = globalThis as unknown as { _payload_graphql?: { graphql: Built | null; promise: Promise<Built> | null } }

async function schemaOf(config: Config): Promise<GraphQLSchema> {
  const cache = payloadCache._payload_graphql
  if (cache?.graphql) return cache.graphql.schema
  if (cache?.promise) return (await cache.promise).schema
  const built = configToSchema(await config)
  if (cache) {
    cache.graphql = built
    cache.promise = Promise.resolve(built)
  }
  return built.schema
}

/**
 * POST /api/graphql behind the request limits. Every step before Payload's handler is bounded
 * and cheap, in this order: the declared size; who is asking (GraphQL is for logged-in users
 * only: nothing in a registry is public); the body read within the JSON limits; one operation
 * object, never a batch; the query text's bytes and nesting; parsing with a token cap; then the document's
 * fields, aliases, root fields, depth and `limit`-weighted cost, counted with each fragment
 * summarised once (src/lib/graphql/documentLimits). Only a document within all of them reaches
 * Payload's validation (whose complexity rule expands every fragment spread) and execution.
 * Refusals are Persian: 401 anonymous, 413 too large, 400 otherwise.
 */
export function guardedGraphqlPost(config: Config): (request: Request) => Promise<Response> {
  const handler = GRAPHQL_POST(config)
  return async (request) => {
    const payload = await getPayload({ config })
    const { user } = await executeAuthStrategies({ headers: request.headers, payload, isGraphQL: true, canSetHeaders: false })
    if (!user || (user as { active?: boolean }).active === false) return refusal(401, limitMessages.graphql.anonymous)

    const parsed = await readJsonWithin(request)
    if (!parsed.ok) return parsed.response
    if (Array.isArray(parsed.data)) return refusal(400, limitMessages.graphql.batch)
    const params = parsed.data as { query?: unknown; variables?: unknown } | undefined
    if (!params || typeof params !== 'object' || typeof params.query !== 'string') return refusal(400, limitMessages.graphql.noQuery)
    if (Buffer.byteLength(params.query, 'utf8') > GRAPHQL_MAX_QUERY_BYTES) return refusal(413, limitMessages.graphql.queryTooLarge(GRAPHQL_MAX_QUERY_BYTES))

    // Inline input objects (a rich-text body written into the query) nest no deeper than a JSON body may.
    if (jsonNesting(params.query, JSON_MAX_NESTING) > JSON_MAX_NESTING) return refusal(400, limitMessages.jsonTooDeep(JSON_MAX_NESTING))

    let document: DocumentNode
    try {
      document = parse(params.query, { maxTokens: GRAPHQL_MAX_TOKENS, noLocation: true })
    } catch (error) {
      const tooMany = error instanceof GraphQLError && /more than \d+ tokens/i.test(error.message)
      return refusal(400, tooMany ? limitMessages.graphql.tooManyTokens(GRAPHQL_MAX_TOKENS) : limitMessages.graphql.syntax)
    }
    const variables = params.variables && typeof params.variables === 'object' ? (params.variables as Record<string, unknown>) : {}
    const schema = await schemaOf(config)
    const refused = checkDocument(document, GRAPHQL_DOCUMENT_LIMITS, schema, variables)
    if (refused) return refusal(400, limitMessages.graphql.refusal(refused))

    // Within the limits, graphql-js's own rules (bounded now) and the variables' types, so a
    // query that does not fit the schema is a Persian 400 rather than graphql-js's English.
    const invalid = [...validate(schema, document, specifiedRules), ...variableErrors(schema, document, variables)]
    if (invalid.length) return persianErrors(invalid)

    return handler(withBody(request, parsed.bytes))
  }
}

function variableErrors(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): readonly GraphQLError[] {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  if (!operation?.variableDefinitions?.length) return []
  return getVariableValues(schema, operation.variableDefinitions, variables, { maxErrors: 10 }).errors ?? []
}

/** A 400 with one Persian sentence for each thing graphql-js found wrong. */
function persianErrors(errors: readonly GraphQLError[]): Response {
  const messages = [...new Set(errors.map((e) => persianGraphqlError(e.message)))]
  return Response.json({ errors: messages.map((message) => ({ message, extensions: { statusCode: 400 } })) }, { status: 400 })
}
