import { describe, expect, it } from 'vitest'
import * as encoding from 'lib0/encoding'
import { decodePeerMessage, encodePeerMessage, PEER_WIRE_VERSION } from '../src/cluster/wire.js'
import type { PeerMessageBody } from '../src/rooms/types.js'

describe('peer messages between instances', () => {
  it('round-trips every kind with the sender id', () => {
    const bodies: PeerMessageBody[] = [
      { kind: 'update', update: new Uint8Array([1, 2, 3]) },
      { kind: 'awareness', payload: new Uint8Array([4, 5]) },
      { kind: 'query' },
      { kind: 'leave' },
      { kind: 'resync' },
      { kind: 'deleted' },
    ]
    for (const body of bodies)
      expect(decodePeerMessage(encodePeerMessage('a1b2c3', body))).toEqual({
        ...body,
        from: 'a1b2c3',
      })
  })

  it('ignores another version and refuses malformed input', () => {
    const future = encoding.createEncoder()
    encoding.writeVarUint(future, PEER_WIRE_VERSION + 1)
    encoding.writeVarString(future, 'next')
    expect(decodePeerMessage(encoding.toUint8Array(future))).toBeNull()

    const message = encodePeerMessage('a1', { kind: 'update', update: new Uint8Array([9]) })
    expect(() => decodePeerMessage(message.slice(0, message.length - 1))).toThrow()
    expect(() => decodePeerMessage(new Uint8Array([...message, 0]))).toThrow(/trailing/)
    const unknownKind = encoding.createEncoder()
    encoding.writeVarUint(unknownKind, PEER_WIRE_VERSION)
    encoding.writeVarString(unknownKind, 'a1')
    encoding.writeVarUint(unknownKind, 42)
    expect(() => decodePeerMessage(encoding.toUint8Array(unknownKind))).toThrow(/unknown/)
  })
})
