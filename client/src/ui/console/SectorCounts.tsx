import { useMemo } from 'react'
import { DEFAULT_SECTORS } from '@weave/shared'
import { useSession } from '../../session/session-context'
import { usePresence } from '../../hooks/use-presence'
import { laterStrings } from '../../i18n/strings-later'

/** Which sectors are at the table (with how many people) and which are missing. */
export function SectorCounts() {
  const session = useSession()
  const peers = usePresence()
  const counts = useMemo(() => {
    const sectorOf = new Map<string, string | null>()
    if (session.info.role === 'participant') {
      sectorOf.set(session.info.participantId, session.info.sector)
    }
    for (const { user } of peers) {
      if (user.role === 'participant') sectorOf.set(user.participantId, user.sector)
    }
    const bySector = new Map<string, number>()
    for (const sector of sectorOf.values()) {
      if (sector) bySector.set(sector, (bySector.get(sector) ?? 0) + 1)
    }
    return bySector
  }, [peers, session.info])
  const present = DEFAULT_SECTORS.filter((sector) => counts.has(sector.id))
  const missing = DEFAULT_SECTORS.filter((sector) => !counts.has(sector.id))
  const t = laterStrings.console.sectors
  return (
    <section className="panel-section" aria-labelledby="sector-counts-heading">
      <h2 id="sector-counts-heading" className="panel-heading">
        {t.heading}
        <span className="panel-count">
          {present.length}/{DEFAULT_SECTORS.length}
        </span>
      </h2>
      <div data-testid="sector-counts" className="sector-counts">
        <h3 className="console-subheading">{t.present}</h3>
        {present.length === 0 && <p className="panel-hint">{t.none}</p>}
        <ul className="sector-list">
          {present.map((sector) => (
            <li key={sector.id} className="sector-chip" data-sector={sector.id} data-present="true">
              <span className="sector-dot" style={{ background: sector.accentColor }} />
              {sector.name}
              <span className="sector-count">{counts.get(sector.id)}</span>
            </li>
          ))}
        </ul>
        {missing.length > 0 && (
          <>
            <h3 className="console-subheading">{t.missing}</h3>
            <ul className="sector-list">
              {missing.map((sector) => (
                <li
                  key={sector.id}
                  className="sector-chip sector-missing"
                  data-sector={sector.id}
                  data-present="false"
                >
                  {sector.name}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  )
}
