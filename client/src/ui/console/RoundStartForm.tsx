import { useState, type FormEvent } from 'react'
import { useCurrentRoom } from '../../hooks/use-rooms'
import { useSession } from '../../session/session-context'
import { startRound } from '../../commands/round-commands'
import { laterStrings } from '../../i18n/strings-later'
import { Field } from '../Field'
import { durationSeconds, PromptFields, type PromptDraft } from './PromptFields'

const DEFAULT_DURATION_SEC = 180

/** Starts an ad-hoc round: a prompt, a duration and a writing mode. */
export function RoundStartForm() {
  const session = useSession()
  const current = useCurrentRoom()
  const [onlyHere, setOnlyHere] = useState(false)
  const [draft, setDraft] = useState<PromptDraft>({
    title: '',
    prompt: '',
    duration: String(DEFAULT_DURATION_SEC),
    mode: 'private',
  })
  const [busy, setBusy] = useState(false)
  const t = laterStrings.console.round

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    if (!draft.prompt.trim()) return
    setBusy(true)
    const started = await startRound(session, {
      title: draft.title.trim(),
      prompt: draft.prompt,
      durationSec: durationSeconds(draft.duration),
      mode: draft.mode,
      roomIds: onlyHere ? [session.roomId] : null,
    })
    setBusy(false)
    if (started) setDraft({ ...draft, prompt: '' })
  }

  return (
    <div className="console-subsection">
      <h3 className="console-subheading">{t.adHoc}</h3>
      <form className="console-form" onSubmit={(event) => void submit(event)}>
        <PromptFields
          value={draft}
          onChange={setDraft}
          placeholder={t.promptPlaceholder}
          testIds={{
            prompt: 'round-prompt-input',
            duration: 'round-duration-input',
            mode: 'round-mode-select',
          }}
        />
        <Field label={t.target} bare>
          {(control) => (
            <select
              {...control}
              className="input"
              data-testid="round-rooms"
              value={onlyHere ? 'here' : 'all'}
              onChange={(event) => setOnlyHere(event.currentTarget.value === 'here')}
            >
              <option value="all">{t.everyRoom}</option>
              <option value="here">{t.onlyRoom(current.name)}</option>
            </select>
          )}
        </Field>
        <button
          type="submit"
          className="button button-primary"
          data-testid="round-start"
          disabled={busy || !draft.prompt.trim()}
        >
          {t.start}
        </button>
      </form>
    </div>
  )
}
