import { useAbilities } from '../hooks/use-role'
import { useFirstVisitHint } from '../hooks/use-first-visit-hint'
import { strings } from '../i18n/strings'

const t = strings.hint

/**
 * A participant's first visit: three plain sentences on how the board works, until they close it
 * (remembered in this browser). `list` gives the list view's version.
 */
export function FirstVisitHint(props: { list: boolean }) {
  const { role } = useAbilities()
  const { shown, close } = useFirstVisitHint()
  if (!shown || role !== 'participant') return null
  return (
    <section
      className={props.list ? 'first-hint card' : 'first-hint first-hint-floating card'}
      aria-labelledby="first-hint-heading"
      data-testid="first-visit-hint"
    >
      <h2 id="first-hint-heading" className="first-hint-heading">
        {t.heading}
      </h2>
      <ul className="first-hint-steps">
        {(props.list ? t.listSteps : t.steps).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-primary"
        data-testid="first-visit-hint-close"
        onClick={close}
      >
        {t.close}
      </button>
    </section>
  )
}
