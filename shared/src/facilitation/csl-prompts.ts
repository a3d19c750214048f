import type { WritingMode } from '../model/control/round.js'

/** A prompt from the library, ready to add to a session plan. */
export interface LibraryPrompt {
  readonly id: string
  readonly practice: string
  readonly title: string
  readonly prompt: string
  readonly durationSec: number
  readonly mode: WritingMode
}

/**
 * Reflection prompts grounded in compassionate systems leadership (CSL) practice. Shipped as data:
 * facilitators copy them into their session plan and edit them there.
 */
export const CSL_PROMPTS: readonly LibraryPrompt[] = [
  {
    id: 'check-in',
    practice: 'Check-in',
    title: 'Check-in',
    prompt: 'What are you bringing in with you? What do you need to let go of to be present?',
    durationSec: 180,
    mode: 'private',
  },
  {
    id: 'local-success',
    practice: 'Celebrating local success',
    title: 'Celebrating local success',
    prompt: 'What is working well for families here? Name one local success worth celebrating.',
    durationSec: 300,
    mode: 'open',
  },
  {
    id: 'iceberg-events',
    practice: 'The iceberg',
    title: 'Iceberg: events',
    prompt: 'What is happening? What events do families and services experience?',
    durationSec: 300,
    mode: 'open',
  },
  {
    id: 'iceberg-patterns',
    practice: 'The iceberg',
    title: 'Iceberg: patterns',
    prompt: 'What patterns or trends have you noticed over time?',
    durationSec: 300,
    mode: 'open',
  },
  {
    id: 'iceberg-structures',
    practice: 'The iceberg',
    title: 'Iceberg: structures',
    prompt: 'What structures, policies or ways of working keep these patterns in place?',
    durationSec: 300,
    mode: 'open',
  },
  {
    id: 'iceberg-mental-models',
    practice: 'The iceberg',
    title: 'Iceberg: mental models',
    prompt: 'What beliefs, assumptions or values hold those structures in place?',
    durationSec: 300,
    mode: 'private',
  },
  {
    id: 'aspirational-iceberg',
    practice: 'The aspirational iceberg',
    title: 'Aspirational iceberg',
    prompt: 'What are we trying to grow? What would families experience if it worked?',
    durationSec: 420,
    mode: 'open',
  },
  {
    id: 'ladder-of-inference',
    practice: 'Ladder of inference',
    title: 'Ladder of inference',
    prompt: 'What did I actually observe? What did I add?',
    durationSec: 240,
    mode: 'private',
  },
  {
    id: 'creative-tension-vision',
    practice: 'Creative tension',
    title: 'Creative tension: vision',
    prompt: 'What is our shared vision for children and families in our region?',
    durationSec: 300,
    mode: 'open',
  },
  {
    id: 'creative-tension-reality',
    practice: 'Creative tension',
    title: 'Creative tension: current reality',
    prompt: 'What is our current reality, honestly described?',
    durationSec: 300,
    mode: 'open',
  },
  {
    id: 'perspective-taking',
    practice: 'Perspective taking',
    title: 'Perspective taking',
    prompt: "What does another sector see that you can't?",
    durationSec: 300,
    mode: 'open',
  },
  {
    id: 'weaving',
    practice: 'Weaving',
    title: 'Weaving',
    prompt: "Where could your work connect with another sector's? Draw a thread.",
    durationSec: 420,
    mode: 'open',
  },
  {
    id: 'commitments',
    practice: 'Commitments',
    title: 'Commitments',
    prompt: 'What is one thing you will do differently, and with whom?',
    durationSec: 240,
    mode: 'open',
  },
  {
    id: 'check-out',
    practice: 'Check-out',
    title: 'Check-out',
    prompt: 'What are you taking with you from today?',
    durationSec: 180,
    mode: 'open',
  },
]
