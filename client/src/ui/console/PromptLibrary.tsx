import { useMemo } from 'react'
import { CSL_PROMPTS, type LibraryPrompt } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { addLibraryPrompt } from '../../commands/plan-commands'
import { laterStrings } from '../../i18n/strings-later'

/** The CSL prompt library, grouped by practice; each prompt can be copied into the plan. */
export function PromptLibrary(props: { onClose: () => void }) {
  const session = useSession()
  const groups = useMemo(() => {
    const byPractice = new Map<string, LibraryPrompt[]>()
    for (const prompt of CSL_PROMPTS) {
      byPractice.set(prompt.practice, [...(byPractice.get(prompt.practice) ?? []), prompt])
    }
    return [...byPractice.entries()]
  }, [])
  const t = laterStrings.console.plan
  return (
    <div className="prompt-library" data-testid="prompt-library">
      <div className="console-subheader">
        <h3 className="console-subheading">{t.libraryHeading}</h3>
        <button type="button" className="button button-ghost button-small" onClick={props.onClose}>
          {t.close}
        </button>
      </div>
      {groups.map(([practice, prompts]) => (
        <div key={practice} className="library-group">
          <h4 className="library-practice">{practice}</h4>
          <ul className="library-list">
            {prompts.map((prompt) => (
              <li key={prompt.id} className="library-item">
                <span className="library-text">
                  <span className="library-title">{prompt.title}</span>
                  <span className="library-prompt">{prompt.prompt}</span>
                  <span className="library-meta">
                    {t.minutes(prompt.durationSec)} · {t.modeShort[prompt.mode]}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  data-testid={`library-add-${prompt.id}`}
                  onClick={() => addLibraryPrompt(session, prompt)}
                >
                  {t.add}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
