import { memo } from 'react'
import { Group, Label, Layer, Line, Tag, Text } from './konva-nodes'
import { usePresence } from '../hooks/use-presence'
import { useViewport } from '../hooks/use-viewport'
import { useAttention } from '../hooks/use-attention'
import { FONT_FAMILY } from './theme'

/** An arrow pointer, drawn at screen size whatever the zoom. */
const ARROW_POINTS = [0, 0, 0, 17, 4.5, 13, 8, 20.5, 11, 19, 7.8, 12, 13, 12]

/** Other people's pointers, each with their name in their colour (hidden in quiet reflection). */
export const CursorsLayer = memo(function CursorsLayer() {
  const peers = usePresence()
  const { scale } = useViewport()
  const { hideCursors } = useAttention()
  if (hideCursors) return <Layer listening={false} />
  return (
    <Layer listening={false}>
      {peers.map((peer) =>
        peer.cursor ? (
          <Group
            key={peer.clientId}
            x={peer.cursor.x}
            y={peer.cursor.y}
            scaleX={1 / scale}
            scaleY={1 / scale}
          >
            <Line
              points={ARROW_POINTS}
              closed
              fill={peer.user.color}
              stroke="#ffffff"
              strokeWidth={1.5}
              lineJoin="round"
              perfectDrawEnabled={false}
            />
            <Label x={12} y={20}>
              <Tag fill={peer.user.color} cornerRadius={6} perfectDrawEnabled={false} />
              <Text
                text={peer.user.name}
                fontFamily={FONT_FAMILY}
                fontSize={12}
                fontStyle="bold"
                padding={5}
                fill="#ffffff"
                perfectDrawEnabled={false}
              />
            </Label>
          </Group>
        ) : null,
      )}
    </Layer>
  )
})
