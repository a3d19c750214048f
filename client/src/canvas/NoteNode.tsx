import { memo, useState } from 'react'
import type Konva from 'konva'
import { Circle, Group, Rect, Text } from './konva-nodes'
import { findSector, noteColorForSector, type Note } from '@weave/shared'
import { useSession } from '../session/session-context'
import { select, startEditing } from '../commands/selection-commands'
import { finishConnecting, isPicking, pickNote } from '../commands/keyboard-connect'
import { strings } from '../i18n/strings'
import { clientPointOf, beginThreadDrawing } from './thread-drawing'
import { useNoteDrag, useNoteResize } from './note-drag'
import { NoteEditorTag } from './NoteEditorTag'
import { FocusRing } from './FocusRing'
import { endsLongPress } from './long-press'
import { NoteDots } from './NoteDots'
import { OriginTag } from './OriginTag'
import { PrivateTag } from './PrivateTag'
import {
  FONT_FAMILY,
  HANDLE_RADIUS,
  NOTE_FONT_SIZE,
  NOTE_LINE_HEIGHT,
  NOTE_META_COLOR,
  NOTE_META_HEIGHT,
  NOTE_PADDING,
  NOTE_TEXT_COLOR,
  PRIVATE_COLOR,
  SELECTION_COLOR,
} from './theme'

const GRIP_SIZE = 14
/** Notes outside the spotlight fade back this far. */
const DIMMED_OPACITY = 0.22

/** Who else is typing in a note, shown as a coloured outline and name tag. */
export interface RemoteEditor {
  readonly name: string
  readonly color: string
}

interface NoteNodeProps {
  readonly note: Note
  readonly x: number
  readonly y: number
  readonly selected: boolean
  readonly editing: boolean
  readonly dropTarget: boolean
  readonly remoteEditor: RemoteEditor | null
  /** This person may move, edit, resize and delete the note. */
  readonly changeable: boolean
  /** This person may weave threads from the note. */
  readonly canWeave: boolean
  /** One of this person's private notes (until the facilitator reveals). */
  readonly isPrivate: boolean
  /** Another note is in the spotlight. */
  readonly dimmed: boolean
  /** The note's count once a vote closed (null otherwise). */
  readonly votes: number | null
  /** The note can get dots in the open vote. */
  readonly voting: boolean
  /** How many of this person's dots are on it. */
  readonly myDots: number
  /** This person has dots left to place. */
  readonly canAddDot: boolean
  /** For a harvested note: the name of the breakout room it came from. */
  readonly originRoom: string | null
  /** Keyboard focus is on the note (or it is the chosen end of a thread being made). */
  readonly focused: boolean
  /** One of this person's anonymous notes (only they are told). */
  readonly anonymousMine: boolean
}

/** The author line under a note's text: name (or Anonymous, and "you" for one's own) and sector. */
export function authorLine(note: Note, anonymousMine = false): string {
  const name = note.authorName ?? (anonymousMine ? strings.anonymous.you : strings.board.anonymous)
  const sector = findSector(note.authorSector)?.name
  return sector ? `${name} · ${sector}` : name
}

function setCursor(event: Konva.KonvaEventObject<unknown>, cursor: string): void {
  const stage = event.target.getStage()
  if (stage) stage.container().style.cursor = cursor
}

/** One sticky note: text, author line, selection outline, thread handle and resize grip. */
export const NoteNode = memo(function NoteNode(props: NoteNodeProps) {
  const { note, x, y, selected, editing, dropTarget, remoteEditor, changeable, isPrivate } = props
  const session = useSession()
  const [hovered, setHovered] = useState(false)
  const drag = useNoteDrag(session, note)
  const resize = useNoteResize(session, note.id, GRIP_SIZE)
  const fill = note.color ?? noteColorForSector(note.authorSector)
  const outline =
    dropTarget || selected
      ? SELECTION_COLOR
      : (remoteEditor?.color ?? (isPrivate ? PRIVATE_COLOR : undefined))
  const showHandle = props.canWeave && !editing && (hovered || selected)

  function onPress(event: Konva.KonvaEventObject<MouseEvent | TouchEvent>): void {
    if (endsLongPress(event.target.getStage())) return
    if (isPicking(session)) {
      pickNote(session, note.id)
      void finishConnecting(session)
      return
    }
    select(session, { kind: 'note', id: note.id })
  }

  function onHandleDown(event: Konva.KonvaEventObject<MouseEvent | TouchEvent>): void {
    // Keep the press for the handle: neither the note nor the board should start moving.
    event.cancelBubble = true
    const stage = event.target.getStage()
    if (stage) beginThreadDrawing(session, stage, note.id, clientPointOf(event.evt))
  }

  return (
    <Group
      name="note"
      id={note.id}
      x={x}
      y={y}
      opacity={props.dimmed ? DIMMED_OPACITY : 1}
      draggable={changeable && !editing}
      {...drag}
      onClick={onPress}
      onTap={onPress}
      onDblClick={() => startEditing(session, note.id)}
      onDblTap={() => startEditing(session, note.id)}
      onMouseEnter={(event) => {
        setHovered(true)
        setCursor(event, changeable ? 'grab' : 'pointer')
      }}
      onMouseLeave={(event) => {
        setHovered(false)
        setCursor(event, '')
      }}
    >
      {props.focused && <FocusRing width={note.width} height={note.height} />}
      <Rect
        width={note.width}
        height={note.height}
        fill={fill}
        cornerRadius={8}
        shadowColor="#0f172a"
        shadowBlur={selected ? 14 : 8}
        shadowOffsetY={selected ? 4 : 2}
        shadowOpacity={selected ? 0.25 : 0.16}
        shadowForStrokeEnabled={false}
        stroke={outline}
        strokeWidth={outline ? (isPrivate && !selected ? 2 : 3) : 0}
        dash={isPrivate && !selected ? [8, 5] : undefined}
        perfectDrawEnabled={false}
      />
      {!editing && (
        <Text
          x={NOTE_PADDING}
          y={NOTE_PADDING}
          width={note.width - NOTE_PADDING * 2}
          height={note.height - NOTE_PADDING - NOTE_META_HEIGHT}
          text={note.text || strings.note.placeholder}
          fontStyle={note.text ? 'normal' : 'italic'}
          fontFamily={FONT_FAMILY}
          fontSize={NOTE_FONT_SIZE}
          lineHeight={NOTE_LINE_HEIGHT}
          fill={note.text ? NOTE_TEXT_COLOR : NOTE_META_COLOR}
          wrap="word"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      <Text
        x={NOTE_PADDING}
        y={note.height - NOTE_META_HEIGHT + 4}
        width={note.width - NOTE_PADDING * 2 - (changeable ? GRIP_SIZE : 0)}
        text={authorLine(note, props.anonymousMine)}
        fontFamily={FONT_FAMILY}
        fontSize={12}
        fill={NOTE_META_COLOR}
        wrap="none"
        ellipsis
        listening={false}
        perfectDrawEnabled={false}
      />
      {remoteEditor && <NoteEditorTag {...remoteEditor} />}
      {isPrivate && !remoteEditor && <PrivateTag />}
      {props.originRoom !== null && !isPrivate && !remoteEditor && (
        <OriginTag roomName={props.originRoom} />
      )}
      <NoteDots
        session={session}
        noteId={note.id}
        width={note.width}
        votes={props.votes}
        voting={props.voting}
        mine={props.myDots}
        canAdd={props.canAddDot}
      />
      {changeable && selected && !editing && (
        <Rect
          name="resize-handle"
          x={note.width - GRIP_SIZE}
          y={note.height - GRIP_SIZE}
          width={GRIP_SIZE}
          height={GRIP_SIZE}
          fill={SELECTION_COLOR}
          opacity={0.7}
          cornerRadius={[0, 0, 8, 0]}
          draggable
          {...resize}
          onTouchStart={resize.onMouseDown}
          onMouseEnter={(event) => setCursor(event, 'nwse-resize')}
          onMouseLeave={(event) => setCursor(event, 'grab')}
          perfectDrawEnabled={false}
        />
      )}
      <Circle
        name="thread-handle"
        x={note.width}
        y={note.height / 2}
        radius={HANDLE_RADIUS}
        hitStrokeWidth={14}
        fill="#ffffff"
        stroke={SELECTION_COLOR}
        strokeWidth={3}
        visible={showHandle}
        onMouseDown={onHandleDown}
        onTouchStart={onHandleDown}
        onMouseEnter={(event) => setCursor(event, 'crosshair')}
        onMouseLeave={(event) => setCursor(event, 'grab')}
        perfectDrawEnabled={false}
      />
    </Group>
  )
})
