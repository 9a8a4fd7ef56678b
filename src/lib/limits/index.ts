import type { DocumentLimits } from '../graphql/documentLimits'

/**
 * The size limits of every request (README «Limits»). Each is far above what the admin and a
 * real letter need, and low enough that no single request can keep the server busy.
 */

/** Largest JSON body of a REST or GraphQL request, in bytes (DABIR_JSON_MAX_BYTES; default 1 MiB). */
export function jsonMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.DABIR_JSON_MAX_BYTES)
  return Number.isFinite(configured) && configured > 0 ? configured : 1024 * 1024
}

/** Deepest nesting of objects and arrays in a JSON body (a letter's rich text with nested lists needs ~40). */
export const JSON_MAX_NESTING = 100

/**
 * Largest page of a list (REST `limit`, GraphQL `limit`); `limit=0` («all») and `pagination=false`
 * are refused. 250 because Payload's admin asks that many at once for the relationship cells of a
 * list (RelationshipProvider in @payloadcms/ui) and the kartabl's colleague picker asks 200.
 */
export const LIST_MAX_LIMIT = 250

/** Payload's page size when a list names none. */
export const LIST_DEFAULT_LIMIT = 10

/** Most values of one hasMany field (recipients, copies, keywords, attachments…), unless the field sets its own; no more than a list page, so the admin can load a field's values in one request. */
export const HAS_MANY_MAX_ROWS = 100

/** Longest GraphQL query text, in UTF-8 bytes, checked before it is parsed. */
export const GRAPHQL_MAX_QUERY_BYTES = 16 * 1024

/** Most lexical tokens in a GraphQL query: the parser stops there instead of building a huge tree. */
export const GRAPHQL_MAX_TOKENS = 3000

/** What one GraphQL document may ask for (see src/lib/graphql/documentLimits). */
export const GRAPHQL_DOCUMENT_LIMITS: DocumentLimits = {
  maxOperations: 1,
  maxFields: 1000,
  maxAliases: 20,
  maxRootFields: 10,
  maxDepth: 12,
  maxCost: 5000,
  maxLimit: LIST_MAX_LIMIT,
  defaultLimit: LIST_DEFAULT_LIMIT,
}

/** Longest a single database statement may run, in milliseconds (DABIR_STATEMENT_TIMEOUT_MS; default 5 s; 0 = none). */
export function statementTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.DABIR_STATEMENT_TIMEOUT_MS)
  return env.DABIR_STATEMENT_TIMEOUT_MS !== undefined && env.DABIR_STATEMENT_TIMEOUT_MS !== '' && Number.isFinite(configured) && configured >= 0 ? configured : 5000
}
