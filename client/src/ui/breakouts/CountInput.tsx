/** A whole number from 1 to `max` with its label beside it; anything else typed is kept in range. */
export function CountInput(props: {
  label: string
  max: number
  value: number
  onChange: (value: number) => void
  testId: string
}) {
  const { max } = props
  return (
    <label className="breakout-inline">
      <span>{props.label}</span>
      <input
        type="number"
        className="input input-compact input-number"
        data-testid={props.testId}
        min={1}
        max={max}
        value={props.value}
        onChange={(event) =>
          props.onChange(Math.max(1, Math.min(max, event.currentTarget.valueAsNumber || 1)))
        }
      />
    </label>
  )
}
