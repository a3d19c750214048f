import type { WorkshopInfo } from '@weave/shared'
import { clearToken } from './token-store'
import { forgetInvitation } from './invitation-store'
import { forgetFirstVisitHint } from './first-visit'

/**
 * What Weave keeps in this browser for a workshop besides the token and invitation: the names of
 * the IndexedDB databases holding board copies, which of them hold edits not yet sent, and the
 * workshop description needed to open the board offline. Log out deletes all of it.
 */

/** Every IndexedDB database Weave creates starts with this. */
const DATABASE_PREFIX = 'weave:'

function databasesKey(workshopId: string): string {
  return `weave:databases:${workshopId}`
}
function unsentKey(workshopId: string): string {
  return `weave:unsent:${workshopId}`
}
function infoKey(workshopId: string): string {
  return `weave:info:${workshopId}`
}

function readList(key: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((item) => typeof item === 'string') : []
  } catch {
    return []
  }
}

function writeList(key: string, items: readonly string[]): void {
  try {
    if (items.length === 0) localStorage.removeItem(key)
    else localStorage.setItem(key, JSON.stringify(items))
  } catch {
    // Storage blocked: the board still works; only the offline extras are lost.
  }
}

/**
 * The database of one person's copy of one document. The person is part of the name, so someone
 * else joining on the same browser never opens it (and so never sends it as theirs).
 */
export function databaseName(participantId: string, docName: string): string {
  return `${DATABASE_PREFIX}${participantId}:${docName}`
}

/** Records a database, so log out can delete it even where `indexedDB.databases()` is missing. */
export function rememberDatabase(workshopId: string, name: string): void {
  const names = readList(databasesKey(workshopId))
  if (!names.includes(name)) writeList(databasesKey(workshopId), [...names, name])
}

/** Records whether a copy (by database name) holds edits the server has not had yet. */
export function setUnsent(workshopId: string, database: string, unsent: boolean): void {
  const names = readList(unsentKey(workshopId))
  if (unsent === names.includes(database)) return
  writeList(
    unsentKey(workshopId),
    unsent ? [...names, database] : names.filter((name) => name !== database),
  )
}

/** The copies of this person with edits not yet sent (survives a reload). */
export function loadUnsent(workshopId: string, participantId: string): readonly string[] {
  const mine = databaseName(participantId, '')
  return readList(unsentKey(workshopId)).filter((name) => name.startsWith(mine))
}

/** Keeps what the server said about the workshop, to open the board when it cannot be reached. */
export function saveWorkshopInfo(info: WorkshopInfo): void {
  try {
    localStorage.setItem(infoKey(info.workshopId), JSON.stringify(info))
  } catch {
    // Storage blocked: the board just cannot open offline.
  }
}

/** The saved workshop description, if it is there and looks whole. */
export function loadWorkshopInfo(workshopId: string): WorkshopInfo | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(infoKey(workshopId)) ?? 'null')
    if (typeof parsed !== 'object' || parsed === null) return null
    const info = parsed as Partial<WorkshopInfo>
    const whole =
      info.workshopId === workshopId &&
      typeof info.participantId === 'string' &&
      typeof info.controlDocName === 'string' &&
      Array.isArray(info.rooms) &&
      Array.isArray(info.lanes)
    return whole ? (parsed as WorkshopInfo) : null
  } catch {
    return null
  }
}

/** Deletes one database; resolves when it is gone (it waits for open connections to close). */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`))
  })
}

/** The names of this workshop's databases: the ones recorded, and any the browser lists. */
async function workshopDatabases(workshopId: string): Promise<string[]> {
  const names = new Set(readList(databasesKey(workshopId)))
  const listed = await indexedDB.databases?.().catch(() => [])
  for (const { name } of listed ?? []) {
    if (name?.startsWith(DATABASE_PREFIX) && name.includes(`:${workshopId}.`)) names.add(name)
  }
  return [...names]
}

/**
 * Forgets the workshop on this device: every board copy, the token, the invitation, the saved
 * description and the first-visit hint. Close the open copies first (or the deletion waits).
 */
export async function forgetWorkshop(workshopId: string): Promise<void> {
  clearToken(workshopId)
  forgetInvitation(workshopId)
  forgetFirstVisitHint()
  for (const key of [unsentKey(workshopId), infoKey(workshopId)]) writeList(key, [])
  if (typeof indexedDB !== 'undefined') {
    await Promise.all((await workshopDatabases(workshopId)).map(deleteDatabase))
  }
  writeList(databasesKey(workshopId), [])
}
