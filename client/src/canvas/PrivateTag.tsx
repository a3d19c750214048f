import { Group, Label, Path, Tag, Text } from './konva-nodes'
import { strings } from '../i18n/strings'
import { FONT_FAMILY, PRIVATE_COLOR } from './theme'

/** A padlock, drawn on a 24×24 grid. */
const LOCK_PATH = 'M8 11V8a4 4 0 0 1 8 0v3M6 11h12v9H6z'
/** Room kept on the tag's left for the padlock, in text padding. */
const LOCK_ROOM = '     '

/** A small tag above a private note: only its author sees it until the facilitator reveals. */
export function PrivateTag() {
  return (
    <Group x={0} y={-26} listening={false}>
      <Label>
        <Tag fill={PRIVATE_COLOR} cornerRadius={6} perfectDrawEnabled={false} />
        <Text
          text={`${LOCK_ROOM}${strings.privateNote.tag}`}
          fontFamily={FONT_FAMILY}
          fontSize={12}
          padding={5}
          fill="#ffffff"
          perfectDrawEnabled={false}
        />
      </Label>
      <Path
        x={4}
        y={3}
        data={LOCK_PATH}
        scaleX={0.6}
        scaleY={0.6}
        stroke="#ffffff"
        strokeWidth={2.5}
        lineCap="round"
        lineJoin="round"
        perfectDrawEnabled={false}
      />
    </Group>
  )
}
