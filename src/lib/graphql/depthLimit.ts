import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql'

/**
 * A validation rule that refuses queries nested deeper than `maxDepth` selection levels
 * (fragments followed), before anything runs. The complexity limit bounds breadth; this
 * bounds the `inReplyTo { inReplyTo { … } }` kind of query that walks the graph.
 */
export function depthLimit(maxDepth: number, message: (depth: number) => string): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }

    const depthOf = (node: ASTNode, seen: Set<string>): number => {
      if (!('selectionSet' in node) || !node.selectionSet) return 0
      let deepest = 0
      for (const selection of node.selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection, seen) : 0)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection, seen))
        } else {
          const name = selection.name.value
          const fragment = fragments.get(name)
          if (fragment && !seen.has(name)) deepest = Math.max(deepest, depthOf(fragment, new Set(seen).add(name)))
        }
        if (deepest > maxDepth) break
      }
      return deepest
    }

    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, new Set())
        if (depth > maxDepth) context.reportError(new GraphQLError(message(depth), { nodes: [operation] }))
      },
    }
  }
}
