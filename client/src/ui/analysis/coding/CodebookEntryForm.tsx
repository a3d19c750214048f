import { useState, type ReactNode } from 'react'
import { CODE_DESCRIPTION_MAX_LENGTH, CODE_NAME_MAX_LENGTH } from '@weave/shared'
import { laterStrings } from '../../../i18n/strings-later'
import { Field } from '../../Field'

const t = laterStrings.analysis.coding

/** A theme's or a code's name and description, as typed. */
export interface CodebookEntry {
  readonly name: string
  readonly description: string
}

/**
 * Edits a theme or a code in place: its name, its description, and the fields `children` adds
 * (a code's theme, a theme's colour). Escape or Cancel closes it; so does a save that went through.
 */
export function CodebookEntryForm(props: {
  label: string
  nameLabel: string
  initial: CodebookEntry
  onSave: (entry: CodebookEntry) => Promise<boolean>
  onDone: () => void
  children?: ReactNode
}) {
  const [name, setName] = useState(props.initial.name)
  const [description, setDescription] = useState(props.initial.description)
  const [busy, setBusy] = useState(false)
  return (
    <form
      className="codebook-form"
      aria-label={props.label}
      onSubmit={async (event) => {
        event.preventDefault()
        if (!name.trim()) return
        setBusy(true)
        const saved = await props.onSave({ name, description })
        setBusy(false)
        if (saved) props.onDone()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onDone()
      }}
    >
      <Field label={props.nameLabel}>
        {(control) => (
          <input
            {...control}
            className="input"
            required
            autoFocus
            maxLength={CODE_NAME_MAX_LENGTH}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t.description}>
        {(control) => (
          <textarea
            {...control}
            className="input"
            rows={2}
            maxLength={CODE_DESCRIPTION_MAX_LENGTH}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
        )}
      </Field>
      {props.children}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy || !name.trim()}>
          {t.save}
        </button>
        <button type="button" className="button button-ghost" onClick={props.onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  )
}
