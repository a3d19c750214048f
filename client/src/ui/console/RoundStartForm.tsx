import { useId, useState, type FormEvent } from 'react'
import { WRITING_MODES, type WritingMode } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { startRound } from '../../commands/round-commands'
import { strings } from '../strings'

const DEFAULT_DURATION_SEC = 180

/** Starts an ad-hoc round: a prompt, a duration and a writing mode. */
export function RoundStartForm() {
  const session = useSession()
  const id = useId()
  const [title, setTitle] = useState('')
  const [prompt, setPrompt] = useState('')
  const [duration, setDuration] = useState(String(DEFAULT_DURATION_SEC))
  const [mode, setMode] = useState<WritingMode>('private')
  const [busy, setBusy] = useState(false)
  const t = strings.console.round

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const durationSec = Math.round(Number(duration))
    if (!prompt.trim() || !Number.isFinite(durationSec)) return
    setBusy(true)
    const started = await startRound(session, { title: title.trim(), prompt, durationSec, mode })
    setBusy(false)
    if (started) setPrompt('')
  }

  return (
    <div className="console-subsection">
      <h3 className="console-subheading">{t.adHoc}</h3>
      <form className="console-form" onSubmit={(event) => void submit(event)}>
        <label className="field-label" htmlFor={`${id}-title`}>
          {t.title}
        </label>
        <input
          id={`${id}-title`}
          className="input"
          value={title}
          maxLength={120}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <label className="field-label" htmlFor={`${id}-prompt`}>
          {t.prompt}
        </label>
        <textarea
          id={`${id}-prompt`}
          className="input"
          data-testid="round-prompt-input"
          rows={3}
          required
          maxLength={500}
          placeholder={t.promptPlaceholder}
          value={prompt}
          onChange={(event) => setPrompt(event.currentTarget.value)}
        />
        <div className="field-row">
          <span className="field">
            <label className="field-label" htmlFor={`${id}-duration`}>
              {t.duration}
            </label>
            <input
              id={`${id}-duration`}
              className="input"
              data-testid="round-duration-input"
              type="number"
              min={10}
              max={14400}
              step={10}
              value={duration}
              onChange={(event) => setDuration(event.currentTarget.value)}
            />
          </span>
          <span className="field">
            <label className="field-label" htmlFor={`${id}-mode`}>
              {t.mode}
            </label>
            <select
              id={`${id}-mode`}
              className="input"
              data-testid="round-mode-select"
              value={mode}
              onChange={(event) => setMode(event.currentTarget.value as WritingMode)}
            >
              {WRITING_MODES.map((item) => (
                <option key={item} value={item}>
                  {t.modes[item]}
                </option>
              ))}
            </select>
          </span>
        </div>
        <button
          type="submit"
          className="button button-primary"
          data-testid="round-start"
          disabled={busy || !prompt.trim()}
        >
          {t.start}
        </button>
      </form>
    </div>
  )
}
