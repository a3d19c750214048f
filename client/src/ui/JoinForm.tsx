import { useState, type FormEvent } from 'react'
import { DEFAULT_SECTORS, DISPLAY_NAME_MAX_LENGTH, type JoinRequest } from '@weave/shared'
import type { JoinInvitation } from '../session/invitation-store'
import { strings } from '../i18n/strings'
import { Field } from './Field'

/** Validates the form into a join request, or returns the sentence to show. */
function toRequest(
  invitation: JoinInvitation,
  fields: { code: string; name: string; sector: string; anonymous: boolean },
): JoinRequest | string {
  const name = fields.name.trim()
  if (invitation.observerCode) {
    return name
      ? { observerCode: invitation.observerCode, displayName: name }
      : { observerCode: invitation.observerCode }
  }
  const joinCode = fields.code.trim().toUpperCase()
  if (!joinCode) return strings.join.codeRequired
  if (fields.anonymous) {
    return fields.sector
      ? { joinCode, anonymous: true, sector: fields.sector }
      : { joinCode, anonymous: true }
  }
  if (!name) return strings.join.nameRequired
  if (!fields.sector) return strings.join.sectorRequired
  return { joinCode, displayName: name, sector: fields.sector }
}

/** Joining a workshop: name and sector, or anonymously; observers only give an optional name. */
export function JoinForm(props: {
  invitation: JoinInvitation
  notice?: string | null
  onJoin: (request: JoinRequest) => Promise<void>
}) {
  const { invitation } = props
  const observer = invitation.observerCode !== null
  const [code, setCode] = useState(invitation.joinCode ?? '')
  const [name, setName] = useState('')
  const [sector, setSector] = useState('')
  const [anonymous, setAnonymous] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const request = toRequest(invitation, { code, name, sector, anonymous })
    if (typeof request === 'string') {
      setError(request)
      return
    }
    setBusy(true)
    setError(null)
    try {
      await props.onJoin(request)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : strings.errors.unexpected)
      setBusy(false)
    }
  }

  return (
    <form className="card form" onSubmit={(event) => void submit(event)} noValidate>
      <h1 className="form-heading">
        {observer ? strings.join.observerHeading : strings.join.heading}
      </h1>
      <p className="form-intro">{observer ? strings.join.observerIntro : strings.join.intro}</p>
      {props.notice && (
        <p className="form-notice" role="status">
          {props.notice}
        </p>
      )}
      {!observer && invitation.joinCode === null && (
        <Field id="join-code" label={strings.join.codeLabel} hint={strings.join.codeHint}>
          {(control) => (
            <input
              {...control}
              className="input input-mono"
              data-testid="join-code"
              value={code}
              autoCapitalize="characters"
              autoComplete="off"
              onChange={(event) => setCode(event.currentTarget.value)}
            />
          )}
        </Field>
      )}
      {!anonymous && (
        <Field
          id="join-name"
          label={observer ? strings.join.observerNameLabel : strings.join.nameLabel}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              data-testid="join-name"
              value={name}
              maxLength={DISPLAY_NAME_MAX_LENGTH}
              placeholder={strings.join.namePlaceholder}
              autoComplete="name"
              onChange={(event) => setName(event.currentTarget.value)}
            />
          )}
        </Field>
      )}
      {!observer && (
        <>
          <Field
            id="join-sector"
            label={anonymous ? strings.join.anonymousSectorLabel : strings.join.sectorLabel}
          >
            {(control) => (
              <select
                {...control}
                className="input"
                data-testid="join-sector"
                value={sector}
                onChange={(event) => setSector(event.currentTarget.value)}
              >
                <option value="">
                  {anonymous ? strings.join.anonymousSectorNone : strings.join.sectorPlaceholder}
                </option>
                {DEFAULT_SECTORS.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="join-anonymous"
              checked={anonymous}
              onChange={(event) => setAnonymous(event.currentTarget.checked)}
            />
            <span>{strings.join.anonymousLabel}</span>
          </label>
        </>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="form-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="button button-primary button-large"
        data-testid="join-submit"
        disabled={busy}
      >
        {busy
          ? strings.join.submitting
          : observer
            ? strings.join.observerSubmit
            : strings.join.submit}
      </button>
    </form>
  )
}
