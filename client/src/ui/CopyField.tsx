import { useEffect, useRef, useState } from 'react'
import { Field } from './Field'
import { Icon } from './icons'
import { strings } from '../i18n/strings'

/** How long "Copied!" stays on the button. */
const COPIED_FEEDBACK_MS = 2000

/** A read-only link with a label, a hint and a copy button. */
export function CopyField(props: { label: string; hint: string; value: string; testId?: string }) {
  const inputRef = useRef<HTMLInputElement>(null)
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), COPIED_FEEDBACK_MS)
    return () => clearTimeout(timer)
  }, [state])

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(props.value)
      setState('copied')
    } catch {
      inputRef.current?.select()
      setState('failed')
    }
  }

  return (
    <Field
      className="copy-field"
      label={props.label}
      hint={state === 'failed' ? strings.share.copyFailed : props.hint}
      hintLive
    >
      {(control) => (
        <div className="copy-row">
          <input
            {...control}
            ref={inputRef}
            className="input input-mono"
            readOnly
            value={props.value}
            data-testid={props.testId}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            <Icon name={state === 'copied' ? 'check' : 'copy'} />
            {state === 'copied' ? strings.share.copied : strings.share.copy}
          </button>
        </div>
      )}
    </Field>
  )
}
