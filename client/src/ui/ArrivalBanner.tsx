import { useEffect } from 'react'
import { dismissArrival } from '../commands/room-commands'
import { useArrival, useRooms } from '../hooks/use-rooms'
import { useNavigator } from '../session/session-context'
import { Icon } from './icons'
import { strings } from '../i18n/strings'

/** How long "You're now in Room 3" stays before it goes by itself. */
const ARRIVAL_NOTICE_MS = 10_000

/** "You're now in Room 3" / "Back in the main room" after a move this person did not make. */
export function ArrivalBanner() {
  const navigator = useNavigator()
  const arrival = useArrival()
  const rooms = useRooms()
  useEffect(() => {
    if (!arrival) return
    const timer = setTimeout(() => dismissArrival(navigator), ARRIVAL_NOTICE_MS)
    return () => clearTimeout(timer)
  }, [arrival, navigator])
  if (!arrival) return null
  const name = rooms.find((room) => room.id === arrival.roomId)?.name ?? ''
  return (
    <section className="status-banner arrival-banner" role="status" data-testid="room-arrival">
      <span>{arrival.main ? strings.rooms.backInMain : strings.rooms.nowIn(name)}</span>
      <span className="status-hint">{strings.rooms.nowInHint}</span>
      <button
        type="button"
        className="button button-icon banner-close"
        aria-label={strings.notice.dismiss}
        onClick={() => dismissArrival(navigator)}
      >
        <Icon name="close" size={16} />
      </button>
    </section>
  )
}
