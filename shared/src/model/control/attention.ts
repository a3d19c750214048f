import type * as Y from 'yjs'
import * as z from 'zod/mini'
import { controlMap } from '../board-doc.js'
import { CommandOrigin } from '../origins.js'

/** A view of the canvas: top-left corner in canvas units and a zoom scale. */
export const viewportSchema = z.object({
  x: z.number(),
  y: z.number(),
  scale: z.number().check(z.positive()),
})
/** A view of the canvas. */
export type Viewport = z.infer<typeof viewportSchema>

/** How the facilitator is guiding attention; written by facilitators only. */
export const attentionSchema = z.object({
  /** The note everyone should look at (the rest is dimmed); null for none. */
  spotlight: z.nullable(z.string()),
  /** Whose view participants follow (their viewport is in that person's presence); null for none. */
  follow: z.nullable(z.object({ participantId: z.string(), name: z.string() })),
  /** A one-shot "come to my view": participants jump there once per `at`. */
  summon: z.nullable(z.object({ viewport: viewportSchema, at: z.number() })),
  /** Hide everyone's cursors (quiet reflection). */
  hideCursors: z.boolean(),
  /** Lock the whole board: participants cannot change anything (the server enforces it). */
  boardLocked: z.boolean(),
})
/** How the facilitator is guiding attention. */
export type Attention = z.infer<typeof attentionSchema>

const NO_ATTENTION: Attention = {
  spotlight: null,
  follow: null,
  summon: null,
  hideCursors: false,
  boardLocked: false,
}

/** The attention settings (defaults when unset). */
export function readAttention(doc: Y.Doc): Attention {
  const stored = Object.fromEntries(controlMap(doc, 'attention').entries())
  const parsed = attentionSchema.safeParse({ ...NO_ATTENTION, ...stored })
  return parsed.success ? parsed.data : NO_ATTENTION
}

/** Changes some attention settings in one transaction. */
export function setAttention(doc: Y.Doc, change: Partial<Attention>): void {
  const map = controlMap(doc, 'attention')
  doc.transact(() => {
    for (const [key, value] of Object.entries(change)) map.set(key, value)
  }, new CommandOrigin('attention.change'))
}
