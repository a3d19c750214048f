// Linted as a file of client/src/ui/, canvas/ and app/: a component touching Yjs itself.
import * as Y from 'yjs'

export const doc = new Y.Doc()
