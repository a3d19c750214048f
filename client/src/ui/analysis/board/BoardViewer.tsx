import { useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react'
import { useObjectUrl } from '../../../hooks/use-object-url'
import { Icon } from '../../icons'
import { strings } from '../../../i18n/strings'
import { laterStrings } from '../../../i18n/strings-later'

const ZOOM_STEP = 1.25
const MIN_ZOOM = 0.1
const MAX_ZOOM = 4
/** Room left around a fitted board, in CSS pixels. */
const FIT_MARGIN_PX = 24

interface Size {
  readonly width: number
  readonly height: number
}

function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom))
}

/**
 * A drawing of a board in a scrollable frame, with zoom in, zoom out and fit (to the frame's
 * width: boards are wide, people scroll down). The SVG is shown as an image from a `blob:` URL,
 * never inserted into the page, so nothing in it can run. `children` go on the toolbar's left.
 */
export function BoardViewer(props: { svg: string; label: string; children?: ReactNode }) {
  const t = laterStrings.analysis.board
  const url = useObjectUrl(props.svg, 'image/svg+xml')
  const frame = useRef<HTMLDivElement>(null)
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null)
  const [loaded, setLoaded] = useState<(Size & { url: string }) | null>(null)
  const [frameSize, setFrameSize] = useState<Size | null>(null)
  const [zoom, setZoom] = useState<number | 'fit'>('fit')

  useEffect(() => {
    const element = frame.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setFrameSize({ width: entry.contentRect.width, height: entry.contentRect.height })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const natural = loaded && loaded.url === url ? loaded : null
  const fit =
    natural && frameSize
      ? clampZoom(Math.min(1, (frameSize.width - FIT_MARGIN_PX) / natural.width))
      : 1
  const scale = zoom === 'fit' ? fit : zoom

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType !== 'mouse' || event.button !== 0 || !frame.current) return
    drag.current = {
      x: event.clientX,
      y: event.clientY,
      left: frame.current.scrollLeft,
      top: frame.current.scrollTop,
    }
    event.currentTarget.setPointerCapture(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current
    if (!start || !frame.current) return
    frame.current.scrollLeft = start.left - (event.clientX - start.x)
    frame.current.scrollTop = start.top - (event.clientY - start.y)
  }

  return (
    <div className="board-viewer">
      <div className="board-viewer-bar">
        {props.children}
        <div className="board-viewer-tools" role="group" aria-label={t.zoomLabel}>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setZoom(clampZoom(scale / ZOOM_STEP))}
            disabled={scale <= MIN_ZOOM}
          >
            <Icon name="minus" />
            {strings.toolbar.zoomOut}
          </button>
          <span className="zoom-level" aria-live="polite">
            {Math.round(scale * 100)}%
          </span>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setZoom(clampZoom(scale * ZOOM_STEP))}
            disabled={scale >= MAX_ZOOM}
          >
            <Icon name="plus" />
            {strings.toolbar.zoomIn}
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-pressed={zoom === 'fit'}
            onClick={() => setZoom('fit')}
          >
            <Icon name="fit" />
            {t.fit}
          </button>
          <button type="button" className="button button-ghost" onClick={() => setZoom(1)}>
            {t.actualSize}
          </button>
        </div>
      </div>
      <div
        ref={frame}
        className="board-frame"
        role="region"
        aria-label={t.frameLabel}
        tabIndex={0}
        data-testid="board-frame"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
      >
        {url && (
          <img
            key={url}
            src={url}
            alt={props.label}
            data-testid="board-image"
            draggable={false}
            width={natural ? Math.round(natural.width * scale) : undefined}
            height={natural ? Math.round(natural.height * scale) : undefined}
            className={natural ? undefined : 'board-image-loading'}
            onLoad={(event) =>
              setLoaded({
                url,
                width: event.currentTarget.naturalWidth,
                height: event.currentTarget.naturalHeight,
              })
            }
          />
        )}
      </div>
    </div>
  )
}
