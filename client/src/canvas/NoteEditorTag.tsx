import { Label, Tag, Text } from './konva-nodes'
import { strings } from '../i18n/strings'
import { FONT_FAMILY } from './theme'

/** A small name tag above a note that someone else is typing in. */
export function NoteEditorTag(props: { name: string; color: string }) {
  return (
    <Label x={0} y={-24} listening={false}>
      <Tag fill={props.color} cornerRadius={6} />
      <Text
        text={strings.board.editingBy(props.name)}
        fontFamily={FONT_FAMILY}
        fontSize={12}
        padding={5}
        fill="#ffffff"
        perfectDrawEnabled={false}
      />
    </Label>
  )
}
