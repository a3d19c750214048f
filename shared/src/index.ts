/**
 * @weave/shared: the board model over Yjs, the wire protocol and the permission rules.
 * No I/O here: the client and the server both build on these pure functions.
 */
export * from './model/sectors.js'
export * from './model/ids.js'
export * from './model/origins.js'
export * from './model/records.js'
export * from './model/layout.js'
export * from './model/board-doc.js'
export * from './model/notes.js'
export * from './model/threads.js'
export * from './model/control.js'
export * from './protocol/doc-names.js'
export * from './protocol/close-codes.js'
export * from './protocol/messages.js'
export * from './protocol/presence.js'
export * from './protocol/api.js'
export * from './permissions/roles.js'
