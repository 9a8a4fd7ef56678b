import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql'

/**
 * The most a GraphQL document may ask for, counted before anything validates or runs it.
 * Source of the numbers: README «Limits»; they leave every query the application and its tests
 * send a wide margin, and keep the work of validating any document small.
 */
export type DocumentLimits = {
  /** Operations (query/mutation) in one document; graphql-js validates all of them. */
  maxOperations: number
  /** Fields after every fragment is expanded: bounds the work of any rule that walks the query. */
  maxFields: number
  /** Aliased fields, expanded: each alias of a list query is another database query. */
  maxAliases: number
  /** Fields at the operation's root, expanded: each is a query of its own. */
  maxRootFields: number
  /** Nested selection sets, fragments followed. */
  maxDepth: number
  /** Cost: 1 a field, a list field's selection counted `limit` times (see `costOf`). */
  maxCost: number
  /** Largest `limit` of a list (Payload's `limit: 0` means «all» and is refused too). */
  maxLimit: number
  /** Payload's `limit` when a list query names none. */
  defaultLimit: number
}

/** Why a document is refused; the caller words it for people. */
export type DocumentRefusal =
  | { kind: 'operations'; found: number; max: number }
  | { kind: 'fields'; found: number; max: number }
  | { kind: 'aliases'; found: number; max: number }
  | { kind: 'rootFields'; found: number; max: number }
  | { kind: 'depth'; found: number; max: number }
  | { kind: 'cost'; found: number; max: number }
  | { kind: 'limit'; field: string; found: unknown; max: number }
  | { kind: 'pagination'; field: string }
  | { kind: 'fragmentCycle'; fragment: string }

/** What a selection set asks for once its fragments are expanded. Numbers may be huge: they are counted, not walked. */
type Summary = { fields: number; aliases: number; rootFields: number; depth: number; cost: number }

const EMPTY: Summary = { fields: 0, aliases: 0, rootFields: 0, depth: 0, cost: 0 }

class Refused extends Error {
  constructor(readonly refusal: DocumentRefusal) {
    super(refusal.kind)
  }
}

const add = (a: Summary, b: Summary): Summary => ({
  fields: a.fields + b.fields,
  aliases: a.aliases + b.aliases,
  rootFields: a.rootFields + b.rootFields,
  depth: Math.max(a.depth, b.depth),
  cost: a.cost + b.cost,
})

/**
 * Measures a parsed document against `limits` in time linear in its size: every fragment is
 * summarised once and reused wherever it is spread, so nested, repeated spreads (an exponential
 * tree when expanded) cost nothing extra to count. With `schema`, list fields (those with a
 * `limit` argument: Payload's collection queries and joins) weigh their selection `limit` times;
 * without it every field weighs 1. Returns the first limit exceeded, or null.
 */
export function checkDocument(
  document: DocumentNode,
  limits: DocumentLimits,
  schema?: GraphQLSchema,
  variables: Record<string, unknown> = {},
): DocumentRefusal | null {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
  if (operations.length > limits.maxOperations) return { kind: 'operations', found: operations.length, max: limits.maxOperations }

  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const summaries = new Map<string, Summary>()
  const inProgress = new Set<string>()

  const limitOf = (field: GraphQLField<unknown, unknown>, node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, label: string): number => {
    const limitArg = field.args.find((a) => a.name === 'limit')
    if (!limitArg) return 1
    const given = node.arguments?.find((a) => a.name.value === 'limit')
    const pagination = node.arguments?.find((a) => a.name.value === 'pagination')
    if (pagination && valueFromASTUntyped(pagination.value, variables) === false) throw new Refused({ kind: 'pagination', field: label })
    const value = given ? valueFromASTUntyped(given.value, variables) : (limitArg.defaultValue ?? limits.defaultLimit)
    if (value === undefined || value === null) return limits.defaultLimit
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > limits.maxLimit) {
      throw new Refused({ kind: 'limit', field: label, found: value, max: limits.maxLimit })
    }
    return value
  }

  const fieldsOf = (type: GraphQLNamedType | undefined) => (type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined)

  const summarise = (selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined, atRoot: boolean): Summary => {
    let total = EMPTY
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = fieldsOf(type)?.[selection.name.value]
        const label = selection.alias?.value ?? selection.name.value
        const times = definition ? limitOf(definition, selection, label) : 1
        const child = selection.selectionSet ? summarise(selection.selectionSet, definition ? getNamedType(definition.type) : undefined, false) : EMPTY
        total = add(total, {
          fields: 1 + child.fields,
          aliases: (selection.alias ? 1 : 0) + child.aliases,
          rootFields: atRoot ? 1 : 0,
          depth: selection.selectionSet ? 1 + child.depth : 0,
          cost: 1 + times * child.cost,
        })
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const narrowed = selection.typeCondition && schema ? schema.getType(selection.typeCondition.name.value) : type
        total = add(total, summarise(selection.selectionSet, narrowed ?? undefined, atRoot))
      } else {
        total = add(total, fragmentSummary(selection.name.value, atRoot))
      }
    }
    return total
  }

  // A fragment means the same wherever it is spread (its type is its own), except for counting
  // root fields: summarised once for each of the two places.
  const fragmentSummary = (name: string, atRoot: boolean): Summary => {
    const key = `${atRoot ? 'root' : 'nested'}:${name}`
    const known = summaries.get(key)
    if (known) return known
    const fragment = fragments.get(name)
    // Unknown fragments are the spec rules' to report.
    if (!fragment) return EMPTY
    if (inProgress.has(key)) throw new Refused({ kind: 'fragmentCycle', fragment: name })
    inProgress.add(key)
    const type = schema?.getType(fragment.typeCondition.name.value) ?? undefined
    const summary = summarise(fragment.selectionSet, type, atRoot)
    inProgress.delete(key)
    summaries.set(key, summary)
    return summary
  }

  try {
    let document_ = EMPTY
    for (const operation of operations) {
      const root = schema ? (operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType()) : undefined
      document_ = add(document_, summarise(operation.selectionSet, root ?? undefined, true))
    }
    // Fragments no operation spreads are still walked by the validation rules.
    for (const name of fragments.keys()) {
      if (!summaries.has(`root:${name}`) && !summaries.has(`nested:${name}`)) document_ = add(document_, { ...fragmentSummary(name, false), rootFields: 0 })
    }
    const checks: [DocumentRefusal['kind'], number, number][] = [
      ['fields', document_.fields, limits.maxFields],
      ['aliases', document_.aliases, limits.maxAliases],
      ['rootFields', document_.rootFields, limits.maxRootFields],
      ['depth', document_.depth, limits.maxDepth],
      ['cost', document_.cost, limits.maxCost],
    ]
    for (const [kind, found, max] of checks) {
      if (found > max) return { kind, found, max } as DocumentRefusal
    }
    return null
  } catch (error) {
    if (error instanceof Refused) return error.refusal
    throw error
  }
}
