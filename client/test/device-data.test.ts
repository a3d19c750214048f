import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WorkshopInfo } from '@weave/shared'
import {
  databaseName,
  forgetWorkshop,
  loadUnsent,
  loadWorkshopInfo,
  rememberDatabase,
  saveWorkshopInfo,
  setUnsent,
} from '../src/session/device-data'
import { saveToken, tokenKey } from '../src/session/token-store'
import { saveInvitation } from '../src/session/invitation-store'
import { memoryStorage } from './fakes/browser'

function keys(): string[] {
  return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '')
}

const info: WorkshopInfo = {
  workshopId: 'aaaaaaaa',
  title: 'Summit',
  role: 'participant',
  participantId: 'pppppppp',
  displayName: 'Rosa',
  sector: 'health',
  controlDocName: 'aaaaaaaa.control',
  lanes: [],
  rooms: [],
}

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()))
afterEach(() => vi.unstubAllGlobals())

describe('what Weave keeps in the browser for a workshop', () => {
  it('names each database after the person and the document', () => {
    expect(databaseName('pppppppp', 'aaaaaaaa.room.rrrrrrrr')).toBe(
      'weave:pppppppp:aaaaaaaa.room.rrrrrrrr',
    )
  })

  it('remembers whose copies hold unsent edits, across reloads', () => {
    const room = databaseName('pppppppp', 'aaaaaaaa.room.rrrrrrrr')
    const control = databaseName('pppppppp', 'aaaaaaaa.control')
    setUnsent('aaaaaaaa', room, true)
    setUnsent('aaaaaaaa', control, true)
    setUnsent('aaaaaaaa', control, false)
    expect(loadUnsent('aaaaaaaa', 'pppppppp')).toEqual([room])
    // Someone else on this browser is not warned about another person's notes.
    expect(loadUnsent('aaaaaaaa', 'qqqqqqqq')).toEqual([])
    expect(loadUnsent('bbbbbbbb', 'pppppppp')).toEqual([])
  })

  it('gives back the saved workshop info only when it is whole and for that workshop', () => {
    saveWorkshopInfo(info)
    expect(loadWorkshopInfo('aaaaaaaa')).toEqual(info)
    expect(loadWorkshopInfo('bbbbbbbb')).toBeNull()
    localStorage.setItem('weave:info:aaaaaaaa', '{"workshopId":"aaaaaaaa"}')
    expect(loadWorkshopInfo('aaaaaaaa')).toBeNull()
    localStorage.setItem('weave:info:aaaaaaaa', 'not json')
    expect(loadWorkshopInfo('aaaaaaaa')).toBeNull()
  })

  it('forgets everything of one workshop on log out, and nothing of another', async () => {
    for (const id of ['aaaaaaaa', 'bbbbbbbb']) {
      saveToken(id, `token-${id}`)
      saveInvitation(id, { joinCode: 'code', observerCode: null })
      saveWorkshopInfo({ ...info, workshopId: id })
      setUnsent(id, databaseName('pppppppp', `${id}.control`), true)
      rememberDatabase(id, databaseName('pppppppp', `${id}.control`))
    }
    localStorage.setItem('weave:first-visit-hint', 'closed')
    await forgetWorkshop('aaaaaaaa')
    expect(keys().filter((key) => key.includes('aaaaaaaa'))).toEqual([])
    expect(keys()).not.toContain('weave:first-visit-hint')
    expect(localStorage.getItem(tokenKey('bbbbbbbb'))).toBe('token-bbbbbbbb')
    expect(keys().filter((key) => key.includes('bbbbbbbb'))).toHaveLength(5)
  })
})
