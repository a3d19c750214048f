import { useAnnouncement, useFocusDescription } from '../hooks/use-announcements'

/**
 * The page's two polite live regions, always present so screen readers pick up every change:
 * workshop news (round started, vote closed, connection lost...) and what keyboard focus is on.
 */
export function LiveRegions() {
  const announcement = useAnnouncement()
  const focus = useFocusDescription()
  return (
    <>
      <div
        className="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="announcer"
      >
        {announcement && <span key={announcement.id}>{announcement.text}</span>}
      </div>
      <div
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="focus-description"
      >
        {focus && <span key={focus.id}>{focus.text}</span>}
      </div>
    </>
  )
}
