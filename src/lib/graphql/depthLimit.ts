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

    // Each fragment's depth is worked out once: following every spread anew walks an
    // exponential tree when fragments spread one another repeatedly (issue 11 item 3).
    const fragmentDepths = new Map<string, number>()
    const inProgress = new Set<string>()
    const fragmentDepth = (name: string): number => {
      const known = fragmentDepths.get(name)
      if (known !== undefined) return known
      const fragment = fragments.get(name)
      // A cycle is the spec rules' error; counted as 0 here so this rule ends.
      if (!fragment || inProgress.has(name)) return 0
      inProgress.add(name)
      const depth = depthOf(fragment)
      inProgress.delete(name)
      fragmentDepths.set(name, depth)
      return depth
    }

    const depthOf = (node: ASTNode): number => {
      if (!('selectionSet' in node) || !node.selectionSet) return 0
      let deepest = 0
      for (const selection of node.selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection) : 0)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection))
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value))
        }
      }
      return deepest
    }

    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation)
        if (depth > maxDepth) context.reportError(new GraphQLError(message(depth), { nodes: [operation] }))
      },
    }
  }
}
