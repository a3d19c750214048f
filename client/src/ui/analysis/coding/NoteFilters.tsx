import { analysisLanes, type Codebook, type WorkshopExport } from '@weave/shared'
import { groupCodebook } from '../../../analysis/codebook-groups'
import { ANY_CODE, CODED, UNCODED, type NoteFilter } from '../../../analysis/note-filter'
import { laterStrings } from '../../../i18n/strings-later'
import { Field } from '../../Field'

const t = laterStrings.analysis.coding.filters

/** Narrows the note list by text, lane, room and code; selects every note shown. */
export function NoteFilters(props: {
  exp: WorkshopExport
  codebook: Codebook
  filter: NoteFilter
  onFilter: (filter: NoteFilter) => void
  shownCount: number
  totalCount: number
  selectedCount: number
  onSelectShown: () => void
  onClear: () => void
}) {
  const { exp, filter, onFilter } = props
  const lanes = analysisLanes(exp.lanes).known
  const { themes, ungrouped } = groupCodebook(props.codebook)
  const rooms = [...exp.rooms].sort((a, b) => a.position - b.position)
  return (
    <div className="note-filters" role="search" aria-label={t.label}>
      <div className="note-filter-fields">
        <Field label={t.text} className="note-filter-text">
          {(control) => (
            <input
              {...control}
              type="search"
              className="input"
              placeholder={t.textPlaceholder}
              value={filter.text}
              onChange={(event) => onFilter({ ...filter, text: event.currentTarget.value })}
            />
          )}
        </Field>
        <Field label={t.lane}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={filter.laneId}
              onChange={(event) => onFilter({ ...filter, laneId: event.currentTarget.value })}
            >
              <option value="">{t.allLanes}</option>
              {lanes.map((lane) => (
                <option key={lane.id} value={lane.id}>
                  {lane.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {rooms.length > 1 && (
          <Field label={t.room}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={filter.roomId}
                onChange={(event) => onFilter({ ...filter, roomId: event.currentTarget.value })}
              >
                <option value="">{t.allRooms}</option>
                {rooms.map((room) => (
                  <option key={room.id} value={room.id}>
                    {room.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t.code}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={filter.code}
              onChange={(event) => onFilter({ ...filter, code: event.currentTarget.value })}
            >
              <option value={ANY_CODE}>{t.anyCode}</option>
              <option value={UNCODED}>{t.uncoded}</option>
              <option value={CODED}>{t.coded}</option>
              {themes.map(({ theme, codes }) => (
                <optgroup key={theme.id} label={theme.name}>
                  {codes.map((code) => (
                    <option key={code.id} value={code.id}>
                      {code.name}
                    </option>
                  ))}
                </optgroup>
              ))}
              {ungrouped.length > 0 && (
                <optgroup label={laterStrings.analysis.coding.ungrouped}>
                  {ungrouped.map((code) => (
                    <option key={code.id} value={code.id}>
                      {code.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          )}
        </Field>
      </div>
      <div className="note-filter-actions">
        <p className="note-filter-count" aria-live="polite">
          {t.counts(props.shownCount, props.totalCount, props.selectedCount)}
        </p>
        <button
          type="button"
          className="button button-secondary"
          disabled={props.shownCount === 0}
          onClick={props.onSelectShown}
        >
          {t.selectShown(props.shownCount)}
        </button>
        <button
          type="button"
          className="button button-ghost"
          disabled={props.selectedCount === 0}
          onClick={props.onClear}
        >
          {t.clear}
        </button>
      </div>
    </div>
  )
}
