import { useState, type FormEvent } from 'react'
import { DISPLAY_NAME_MAX_LENGTH, TITLE_MAX_LENGTH } from '@weave/shared'
import { useHomeNotice } from '../hooks/use-home-notice'
import { Logo } from './icons'
import { strings } from '../i18n/strings'
import { Field } from './Field'

/** The start page: what Weave is, and a form to create a workshop. */
export function Landing(props: {
  onCreate: (input: { title: string; facilitatorName?: string }) => Promise<void>
}) {
  const [title, setTitle] = useState('')
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const notice = useHomeNotice()

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const trimmedTitle = title.trim()
    if (!trimmedTitle) {
      setError(strings.landing.titleRequired)
      return
    }
    setBusy(true)
    setError(null)
    try {
      const trimmedName = name.trim()
      await props.onCreate(
        trimmedName
          ? { title: trimmedTitle, facilitatorName: trimmedName }
          : { title: trimmedTitle },
      )
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : strings.errors.unexpected)
      setBusy(false)
    }
  }

  return (
    <main className="page page-landing">
      <div className="page-brand">
        <Logo />
        <span className="page-brand-name">{strings.appName}</span>
      </div>
      {notice && (
        <p className="form-notice" role="status" data-testid="home-notice">
          {notice}
        </p>
      )}
      <div className="landing-grid">
        <section className="landing-intro">
          <h1 className="page-heading">{strings.landing.heading}</h1>
          <p className="page-lead">{strings.tagline}</p>
          <p>{strings.landing.intro}</p>
          <h2 className="landing-subheading">{strings.landing.themesHeading}</h2>
          <ul className="landing-themes">
            {strings.landing.themes.map((theme) => (
              <li key={theme}>{theme}</li>
            ))}
          </ul>
        </section>
        <form className="card form" onSubmit={(event) => void submit(event)} noValidate>
          <Field
            id="create-title"
            label={strings.landing.titleLabel}
            invalid={error === strings.landing.titleRequired}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                data-testid="create-title"
                value={title}
                maxLength={TITLE_MAX_LENGTH}
                placeholder={strings.landing.titlePlaceholder}
                required
                onChange={(event) => setTitle(event.currentTarget.value)}
              />
            )}
          </Field>
          <Field id="create-name" label={strings.landing.nameLabel}>
            {(control) => (
              <input
                {...control}
                className="input"
                data-testid="create-name"
                value={name}
                maxLength={DISPLAY_NAME_MAX_LENGTH}
                placeholder={strings.landing.namePlaceholder}
                autoComplete="name"
                onChange={(event) => setName(event.currentTarget.value)}
              />
            )}
          </Field>
          {error && (
            <p className="form-error" role="alert" data-testid="form-error">
              {error}
            </p>
          )}
          <button
            type="submit"
            className="button button-primary button-large"
            data-testid="create-submit"
            disabled={busy}
          >
            {busy ? strings.landing.submitting : strings.landing.submit}
          </button>
        </form>
      </div>
    </main>
  )
}
