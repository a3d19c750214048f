import * as Y from 'yjs'
import {
  applyAwarenessUpdate,
  Awareness,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import type { ClientPresence, PresenceUser } from '@weave/shared'
import type { BoardSession } from '../../src/session/board-session'

/** Someone else connected to the room, as the server relays their presence. */
export interface FakePeer {
  /** Their presence changes (cursor, viewport...), as it reaches this page. */
  readonly show: (presence: ClientPresence) => void
  readonly leave: () => void
}

/** Connects someone else (stamped as `user`) to the session's room presence. */
export function peerElsewhere(session: BoardSession, user: PresenceUser): FakePeer {
  const awareness = new Awareness(new Y.Doc())
  const relay = () =>
    applyAwarenessUpdate(
      session.awareness,
      encodeAwarenessUpdate(awareness, [awareness.clientID]),
      'remote',
    )
  return {
    show(presence) {
      awareness.setLocalState({ ...presence, user })
      relay()
    },
    leave() {
      removeAwarenessStates(session.awareness, [awareness.clientID], 'remote')
      awareness.destroy()
    },
  }
}
