import type Konva from 'konva'
import { Circle, Group, Text } from './konva-nodes'
import type { BoardSession } from '../session/board-session'
import { placeDot, removeDot } from '../commands/vote-commands'
import { DOT_COLOR, FONT_FAMILY } from './theme'

const DOT_RADIUS = 8
const BUTTON_RADIUS = 12
/** The "+" answers a finger this far from its centre (44 px across at 100% zoom). */
const BUTTON_HIT_RADIUS = 22
const BADGE_RADIUS = 15
/** A note nobody gave a dot to still shows its 0, quietly. */
const NO_VOTES_COLOR = '#6b7280'

interface NoteDotsProps {
  readonly session: BoardSession
  readonly noteId: string
  readonly width: number
  readonly votes: number | null
  readonly voting: boolean
  readonly mine: number
  readonly canAdd: boolean
}

function setCursor(event: Konva.KonvaEventObject<unknown>, cursor: string): void {
  const stage = event.target.getStage()
  if (stage) stage.container().style.cursor = cursor
}

/** Runs a dot action without selecting or dragging the note under it. */
function press(action: () => void) {
  return (event: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => {
    event.cancelBubble = true
    action()
  }
}

/**
 * Voting on a note: while a vote is open, this person's own dots (click one to take it back) and
 * a "+" to place another; once it is closed, the note's count. Nobody else's dots are ever shown.
 */
export function NoteDots(props: NoteDotsProps) {
  const { session, noteId, width, votes, voting, mine, canAdd } = props
  if (votes !== null) {
    return (
      <Group name="vote-count" x={width - 4} y={4} listening={false}>
        <Circle
          radius={BADGE_RADIUS}
          fill={votes > 0 ? DOT_COLOR : NO_VOTES_COLOR}
          stroke="#ffffff"
          strokeWidth={2}
        />
        <Text
          x={-BADGE_RADIUS}
          y={-BADGE_RADIUS}
          width={BADGE_RADIUS * 2}
          height={BADGE_RADIUS * 2}
          text={String(votes)}
          align="center"
          verticalAlign="middle"
          fontFamily={FONT_FAMILY}
          fontSize={14}
          fontStyle="bold"
          fill="#ffffff"
        />
      </Group>
    )
  }
  if (!voting) return null
  const dots = Array.from({ length: mine }, (_, index) => index)
  return (
    <Group y={-DOT_RADIUS - 4}>
      {dots.map((index) => (
        <Circle
          key={index}
          name="my-dot"
          x={DOT_RADIUS + 2 + index * (DOT_RADIUS * 2 + 4)}
          y={0}
          radius={DOT_RADIUS}
          fill={DOT_COLOR}
          stroke="#ffffff"
          strokeWidth={2}
          onClick={press(() => void removeDot(session, noteId))}
          onTap={press(() => void removeDot(session, noteId))}
          onMouseDown={(event) => (event.cancelBubble = true)}
          onMouseEnter={(event) => setCursor(event, 'pointer')}
          onMouseLeave={(event) => setCursor(event, '')}
        />
      ))}
      {canAdd && (
        <Group
          name="dot-button"
          x={width - BUTTON_RADIUS}
          y={0}
          onClick={press(() => void placeDot(session, noteId))}
          onTap={press(() => void placeDot(session, noteId))}
          onMouseDown={(event) => (event.cancelBubble = true)}
          onMouseEnter={(event) => setCursor(event, 'pointer')}
          onMouseLeave={(event) => setCursor(event, '')}
        >
          <Circle radius={BUTTON_HIT_RADIUS} fill="#ffffff" opacity={0} />
          <Circle radius={BUTTON_RADIUS} fill="#ffffff" stroke={DOT_COLOR} strokeWidth={2} />
          <Text
            x={-BUTTON_RADIUS}
            y={-BUTTON_RADIUS}
            width={BUTTON_RADIUS * 2}
            height={BUTTON_RADIUS * 2}
            text="+"
            align="center"
            verticalAlign="middle"
            fontFamily={FONT_FAMILY}
            fontSize={18}
            fontStyle="bold"
            fill={DOT_COLOR}
            listening={false}
          />
        </Group>
      )}
    </Group>
  )
}
