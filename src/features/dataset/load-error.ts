/** Why the dataset could not be used, worded for the page: what failed and where. */
export type DatasetFailure = 'network' | 'http' | 'json' | 'schema'

export class DatasetLoadError extends Error {
  readonly failure: DatasetFailure
  readonly file: string
  /** One line per problem, e.g. "facts[3].value.amount: expected number, received string". */
  readonly details: string[]
  /** Worth one more try: the network or the server may recover; the file's content will not. */
  readonly retryable: boolean

  constructor(failure: DatasetFailure, file: string, message: string, details: string[] = [], retryable = false) {
    super(message)
    this.name = 'DatasetLoadError'
    this.failure = failure
    this.file = file
    this.details = details
    this.retryable = retryable
  }
}
