import path from 'node:path'

/** Command-line options shared by the suites. */
export interface BenchOptions {
  /** A short smoke run: fewer points, shorter windows (figures are not comparable). */
  readonly quick: boolean
  /** Length of the soak (BEN-M8), in minutes. */
  readonly soakMinutes: number
  /** The command as typed, for the report. */
  readonly command: string
}

/** Default soak length: short, so `pnpm bench` stays short; the target is for 30 minutes. */
export const DEFAULT_SOAK_MINUTES = 2

/** Splits argv into suite names and options; throws on an unknown flag. */
export function parseArgs(argv: readonly string[]): { suites: string[]; options: BenchOptions } {
  const suites: string[] = []
  let quick = false
  let soakMinutes = DEFAULT_SOAK_MINUTES
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--quick') quick = true
    else if (arg === '--no-pin') process.env.WEAVE_BENCH_PIN = '0'
    else if (arg === '--cpu-prof') {
      const dir = argv[++i]
      if (!dir) throw new Error('--cpu-prof needs a directory')
      process.env.WEAVE_BENCH_SERVER_PROFILE = path.resolve(dir)
    } else if (arg === '--soak-minutes' || arg.startsWith('--soak-minutes=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i]
      soakMinutes = Number(value)
      if (!(soakMinutes > 0))
        throw new Error(`--soak-minutes needs a positive number, got ${value}`)
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`)
    else suites.push(arg)
  }
  return { suites, options: { quick, soakMinutes, command: ['pnpm bench', ...argv].join(' ') } }
}
