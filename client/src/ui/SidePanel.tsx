import { useState } from 'react'
import { useSession } from '../session/session-context'
import { ThreadEditor } from './ThreadEditor'
import { PeoplePanel } from './PeoplePanel'
import { ShareLinks } from './ShareLinks'
import { FacilitatorConsole } from './console/FacilitatorConsole'
import { strings } from './strings'

type Tab = 'console' | 'people'

/** The side panel: the thread editor, then the facilitator console or who's here and links. */
export function SidePanel() {
  const { info } = useSession()
  const facilitator = info.role === 'facilitator'
  const [tab, setTab] = useState<Tab>(facilitator ? 'console' : 'people')
  return (
    <aside id="side-panel" className="side-panel" aria-label={strings.panel.show}>
      <ThreadEditor floating={false} />
      {facilitator && (
        <div className="panel-tabs" role="tablist" aria-label={strings.console.tabsLabel}>
          <button
            type="button"
            role="tab"
            id="tab-console"
            aria-selected={tab === 'console'}
            aria-controls="tabpanel-console"
            data-testid="console-tab"
            className="panel-tab"
            onClick={() => setTab('console')}
          >
            {strings.console.tab}
          </button>
          <button
            type="button"
            role="tab"
            id="tab-people"
            aria-selected={tab === 'people'}
            aria-controls="tabpanel-people"
            data-testid="people-tab"
            className="panel-tab"
            onClick={() => setTab('people')}
          >
            {strings.console.peopleTab}
          </button>
        </div>
      )}
      {facilitator && tab === 'console' ? (
        <div role="tabpanel" id="tabpanel-console" aria-labelledby="tab-console">
          <FacilitatorConsole />
        </div>
      ) : (
        <div
          role={facilitator ? 'tabpanel' : undefined}
          id="tabpanel-people"
          aria-labelledby={facilitator ? 'tab-people' : undefined}
        >
          <PeoplePanel />
          <ShareLinks />
        </div>
      )}
    </aside>
  )
}
