import { strings } from '../i18n/strings'

/** The first stop for keyboard users: straight to the board (canvas or list), past the header. */
export function SkipLink(props: { targetId: string }) {
  return (
    <a
      className="skip-link"
      href={`#${props.targetId}`}
      data-testid="skip-to-board"
      onClick={(event) => {
        event.preventDefault()
        // The canvas may still be loading: the main area stands in for it until then.
        const target = document.getElementById(props.targetId) ?? document.querySelector('main')
        target?.focus()
      }}
    >
      {strings.access.skipToBoard}
    </a>
  )
}
