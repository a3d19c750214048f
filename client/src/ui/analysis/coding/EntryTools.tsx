import { useRef, useState, type Ref } from 'react'
import { Icon } from '../../icons'

/** Editing a codebook entry in place; closing its form puts the focus back on its edit button. */
export function useInlineEdit() {
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const stopEditing = () => {
    setEditing(false)
    editButton.current?.focus()
  }
  return { editing, setEditing, editButton, stopEditing }
}

/**
 * A theme's or a code's pencil and bin: the pencil opens its form (`ref` is the pencil, for the
 * focus to come back to), the bin asks first.
 */
export function EntryTools({
  ref,
  ...props
}: {
  ref: Ref<HTMLButtonElement>
  editing: boolean
  onEditing: (editing: boolean) => void
  editLabel: string
  deleteLabel: string
  confirmDelete: string
  onDelete: () => void
}) {
  return (
    <>
      <button
        ref={ref}
        type="button"
        className="button button-icon"
        aria-label={props.editLabel}
        title={props.editLabel}
        aria-expanded={props.editing}
        onClick={() => props.onEditing(!props.editing)}
      >
        <Icon name="pencil" size={18} />
      </button>
      <button
        type="button"
        className="button button-icon button-danger"
        aria-label={props.deleteLabel}
        title={props.deleteLabel}
        onClick={() => {
          if (window.confirm(props.confirmDelete)) props.onDelete()
        }}
      >
        <Icon name="trash" size={18} />
      </button>
    </>
  )
}
