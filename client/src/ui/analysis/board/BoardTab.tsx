import { useMemo, useState } from 'react'
import { boardSvg, type WorkshopExport } from '@weave/shared'
import { useScopeExport } from '../../../hooks/use-export'
import { laterStrings } from '../../../i18n/strings-later'
import { Field } from '../../Field'
import { LoadState } from '../LoadState'
import { BoardViewer } from './BoardViewer'

const t = laterStrings.analysis.board

/** The board of a room or snapshot as it looks on screen, read-only, with zoom. */
export function BoardTab() {
  const exp = useScopeExport()
  if (!exp.data) return <LoadState {...exp} onRetry={() => void exp.reload()} />
  return <BoardView exp={exp.data} />
}

function BoardView(props: { exp: WorkshopExport }) {
  const { exp } = props
  const rooms = useMemo(() => [...exp.rooms].sort((a, b) => a.position - b.position), [exp.rooms])
  const [chosen, setChosen] = useState<string | null>(null)
  const [showCodes, setShowCodes] = useState(false)
  const room = rooms.find((candidate) => candidate.id === chosen) ?? rooms[0]
  const svg = useMemo(
    () => (room ? boardSvg(exp, room.id, { codes: showCodes }) : null),
    [exp, room, showCodes],
  )
  if (!room || svg === null) return <p className="analysis-empty">{t.noRooms}</p>
  return (
    <section className="analysis-section" aria-labelledby="board-heading">
      <BoardViewer svg={svg} label={t.imageLabel(room.name, room.notes.length)}>
        <div className="board-viewer-title">
          <h2 id="board-heading" className="analysis-section-title">
            {room.name}
          </h2>
          <p className="panel-hint">{t.summary(room.notes.length, room.threads.length)}</p>
        </div>
        {exp.scope.kind === 'workshop' && (
          <div className="analysis-inline-label">
            <Field label={t.room} bare>
              {(control) => (
                <select
                  {...control}
                  className="input"
                  data-testid="board-room"
                  value={room.id}
                  onChange={(event) => setChosen(event.currentTarget.value)}
                >
                  {rooms.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        )}
        <label className="checkbox analysis-check">
          <input
            type="checkbox"
            checked={showCodes}
            onChange={(event) => setShowCodes(event.currentTarget.checked)}
          />
          <span>{t.showCodes}</span>
        </label>
      </BoardViewer>
    </section>
  )
}
