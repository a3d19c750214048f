import { Icon, type IconName } from '../icons'

/** One way an item can move in its list: the button's words and its arrow. */
interface Shift {
  readonly label: string
  readonly icon: IconName
}

/** The two small arrow buttons that move an item one place back or on (lanes, plan steps). */
export function ShiftButtons(props: {
  index: number
  count: number
  back: Shift
  on: Shift
  onShift: (by: -1 | 1) => void
}) {
  const button = (shift: Shift, by: -1 | 1, disabled: boolean) => (
    <button
      type="button"
      className="button button-icon button-small"
      aria-label={shift.label}
      title={shift.label}
      disabled={disabled}
      onClick={() => props.onShift(by)}
    >
      <Icon name={shift.icon} size={16} />
    </button>
  )
  return (
    <>
      {button(props.back, -1, props.index === 0)}
      {button(props.on, 1, props.index === props.count - 1)}
    </>
  )
}
