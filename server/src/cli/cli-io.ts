/** What a CLI command may touch besides the store: output and the working directory. */
export interface CliIo {
  print(line: string): void
  readonly cwd: string
  /** True on a terminal: progress bars are drawn only then. */
  readonly interactive: boolean
}

/** A failure to report in one clear line (no stack trace), with the exit code to use. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}
