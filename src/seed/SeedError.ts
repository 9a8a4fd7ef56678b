/** A seed refused before writing anything; `errors` name the file and the bad entry. */
export class SeedError extends Error {
  constructor(public readonly errors: string[]) {
    super(errors.join('\n'))
    this.name = 'SeedError'
  }
}
