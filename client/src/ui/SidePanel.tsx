import { useState } from 'react'
import { useSession } from '../session/session-context'
import { ThreadEditor } from './ThreadEditor'
import { PeoplePanel } from './PeoplePanel'
import { ShareLinks } from './ShareLinks'
import { LazyConsole, LazyOverview } from './facilitation-views'
import { strings } from '../i18n/strings'

type Tab = 'console' | 'overview' | 'people'

const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'console', label: strings.panel.facilitateTab },
  { id: 'overview', label: strings.breakouts.overviewTab },
  { id: 'people', label: strings.panel.peopleTab },
]

/** The side panel: the thread editor, then the facilitator console, the overview of rooms, or who's here and links. */
export function SidePanel() {
  const { info } = useSession()
  const facilitator = info.role === 'facilitator'
  const [tab, setTab] = useState<Tab>(facilitator ? 'console' : 'people')
  const shown: Tab = facilitator ? tab : 'people'
  return (
    <aside id="side-panel" className="side-panel" aria-label={strings.panel.show}>
      <ThreadEditor floating={false} />
      {facilitator && (
        <div className="panel-tabs" role="tablist" aria-label={strings.panel.tabsLabel}>
          {TABS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`tabpanel-${id}`}
              data-testid={`${id}-tab`}
              className="panel-tab"
              onClick={() => setTab(id)}
            >
              {label}
            </button>
          ))}
        </div>
      )}
      <div
        role={facilitator ? 'tabpanel' : undefined}
        id={`tabpanel-${shown}`}
        aria-labelledby={facilitator ? `tab-${shown}` : undefined}
      >
        {shown === 'console' && <LazyConsole />}
        {shown === 'overview' && <LazyOverview full={false} />}
        {shown === 'people' && (
          <>
            <PeoplePanel />
            <ShareLinks />
          </>
        )}
      </div>
    </aside>
  )
}
