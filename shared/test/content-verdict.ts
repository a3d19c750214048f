import * as Y from 'yjs'
import type { ContentRule } from '../src/index.js'

/**
 * Makes `change` on a copy of a document set up by `setup`, sends it as an update to a second copy
 * (the server's), and returns what `rule` said about the transaction applying it there.
 */
export function verdict(
  rule: ContentRule,
  setup: (doc: Y.Doc) => void,
  change: (doc: Y.Doc) => void,
): string | null {
  const writer = new Y.Doc()
  setup(writer)
  const server = new Y.Doc()
  Y.applyUpdate(server, Y.encodeStateAsUpdate(writer))
  const before = Y.encodeStateVector(writer)
  writer.transact(() => change(writer))
  let refusal: string | null = null
  server.on('afterTransaction', (transaction: Y.Transaction) => {
    refusal ??= rule(server, transaction)
  })
  Y.applyUpdate(server, Y.encodeStateAsUpdate(writer, before))
  return refusal
}
