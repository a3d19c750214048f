import { Label, Tag, Text } from './konva-nodes'
import { strings } from '../i18n/strings'
import { FONT_FAMILY } from './theme'

/** Tag colour of harvested notes (the breakout room's violet, white text at AA contrast). */
const ORIGIN_COLOR = '#5b21b6'

/** A small tag above a harvested note: the breakout room it came from. */
export function OriginTag(props: { roomName: string }) {
  return (
    <Label x={0} y={-26} listening={false} name="origin-tag">
      <Tag fill={ORIGIN_COLOR} cornerRadius={6} perfectDrawEnabled={false} />
      <Text
        text={strings.rooms.fromRoom(props.roomName)}
        fontFamily={FONT_FAMILY}
        fontSize={12}
        padding={5}
        fill="#ffffff"
        perfectDrawEnabled={false}
      />
    </Label>
  )
}
