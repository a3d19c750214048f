import { a } from './a.js'

export const b = (): string => (a.length > 0 ? 'b' : '')
