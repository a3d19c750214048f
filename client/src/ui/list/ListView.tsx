import { useDeferredValue, useMemo } from 'react'
import { useSession } from '../../session/session-context'
import { useLanes } from '../../hooks/use-lanes'
import { useThreads } from '../../hooks/use-threads'
import { useVisibleNotes } from '../../hooks/use-visible-notes'
import { useRoundHistory } from '../../hooks/use-round-history'
import { useBoardState } from '../../hooks/use-board-state'
import { useVote } from '../../hooks/use-vote'
import { useMyDots } from '../../hooks/use-my-dots'
import { currentLaneIndex } from '../../commands/lane-moves'
import { postFromList } from '../../commands/list-commands'
import { boardChangeRefusal } from '../../commands/note-policy'
import { strings } from '../../i18n/strings'
import { buildListModel } from './list-model'
import { LaneSection } from './LaneSection'
import { NoteForm } from './NoteForm'

const t = strings.list

/** What the list shows before its first full render (see ListView). */
const NO_GROUPS: ReturnType<typeof buildListModel> = []

/** The id of the list view (the skip link goes there). */
export const BOARD_LIST_ID = 'board-list'

/**
 * The board as an accessible list, live like the canvas: a "Write a note" form, then each lane as
 * a heading with its notes in reading order, and every canvas action as plain buttons and forms.
 */
export function ListView() {
  const session = useSession()
  const lanes = useLanes()
  const notes = useVisibleNotes()
  const threads = useThreads()
  const rounds = useRoundHistory()
  const vote = useVote()
  const myDots = useMyDots()
  useBoardState()
  const current = useMemo(
    () => buildListModel(notes, lanes, threads, rounds, strings.lanes.unsorted),
    [notes, lanes, threads, rounds],
  )
  // The write form first, the notes right after: on a slow phone, drawing a few hundred notes
  // with their buttons takes a few hundred milliseconds nobody needs to wait for to start writing.
  const model = useDeferredValue(current, NO_GROUPS)
  const openLanes = lanes.filter((lane) => !lane.locked || session.info.role === 'facilitator')
  const writable = session.canWrite && boardChangeRefusal(session) === null
  const startLane = lanes[currentLaneIndex(session)]?.id

  return (
    <section
      id={BOARD_LIST_ID}
      className="list-view"
      data-testid="list-view"
      aria-labelledby="list-heading"
      tabIndex={-1}
    >
      <h2 id="list-heading" className="visually-hidden">
        {t.heading}
      </h2>
      {writable && openLanes.length > 0 && (
        <section className="list-write card" aria-labelledby="list-write-heading">
          <h2 id="list-write-heading" className="list-write-heading">
            {t.writeHeading}
          </h2>
          <NoteForm
            label={t.noteLabel}
            submitLabel={t.post}
            lanes={openLanes}
            laneId={startLane}
            testId="quick-note-form"
            onSubmit={(text, laneId) => (laneId ? postFromList(session, laneId, text) : false)}
          />
        </section>
      )}
      {model.map((group) => (
        <LaneSection
          key={group.lane?.id ?? 'unsorted'}
          group={group}
          lanes={lanes}
          vote={vote}
          myDots={myDots}
        />
      ))}
    </section>
  )
}
