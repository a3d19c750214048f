// Imports b.ts, which imports this file: a cycle the lint must report.
import { b } from './b.js'

export const a = (): string => `a${b()}`
