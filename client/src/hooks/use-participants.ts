import { useCallback, useEffect, useState } from 'react'
import type { ParticipantInfo } from '@weave/shared'
import { listParticipants } from '../commands/breakout-commands'
import { useSession } from '../session/session-context'
import { useStore } from './use-store'

/**
 * Everyone who joined the workshop (facilitators' console), fetched again whenever assignments,
 * rooms or the people in this room change; `refresh` fetches on demand.
 */
export function useParticipants(): {
  readonly participants: readonly ParticipantInfo[]
  readonly refresh: () => Promise<void>
} {
  const session = useSession()
  const [participants, setParticipants] = useState<readonly ParticipantInfo[]>([])
  const assignments = useStore(session.control.assignments)
  const rooms = useStore(session.control.rooms)
  const peerCount = useStore(session.peers).length

  const refresh = useCallback(async () => {
    const list = await listParticipants(session)
    if (list) setParticipants(list)
  }, [session])

  useEffect(() => {
    let live = true
    void listParticipants(session).then((list) => {
      if (live && list) setParticipants(list)
    })
    return () => {
      live = false
    }
  }, [session, assignments, rooms, peerCount])

  return { participants, refresh }
}
