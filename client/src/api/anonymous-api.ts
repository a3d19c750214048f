import type {
  AnonymousMine,
  AnonymousNoteChange,
  AnonymousNoteRequest,
  AnonymousThreadChange,
  AnonymousThreadRequest,
  AnonymousWritten,
} from '@weave/shared'
import { request } from './api-client'

/**
 * Anonymous notes and threads of one room, written by the server for their author (see
 * api-anonymous.ts in shared): each call throws ApiRequestError like `request`.
 */
export interface AnonymousApi {
  mine(): Promise<AnonymousMine>
  createNote(input: AnonymousNoteRequest): Promise<AnonymousWritten>
  changeNote(noteId: string, change: AnonymousNoteChange): Promise<AnonymousWritten>
  deleteNote(noteId: string): Promise<AnonymousWritten>
  createThread(input: AnonymousThreadRequest): Promise<AnonymousWritten>
  changeThread(threadId: string, change: AnonymousThreadChange): Promise<AnonymousWritten>
  deleteThread(threadId: string): Promise<AnonymousWritten>
}

/** The anonymous-writing routes of one room, called with this person's token. */
export function anonymousApi(workshopId: string, roomId: string, token: string): AnonymousApi {
  const base =
    `/api/workshops/${encodeURIComponent(workshopId)}` +
    `/rooms/${encodeURIComponent(roomId)}/anonymous`
  const call = <T>(method: 'GET' | 'POST' | 'DELETE', rest: string, body?: unknown) =>
    request<T>(`${base}/${rest}`, { method, token, body })
  const item = (kind: 'notes' | 'threads', id: string) => `${kind}/${encodeURIComponent(id)}`
  return {
    mine: () => call('GET', 'mine'),
    createNote: (input) => call('POST', 'notes', input),
    changeNote: (noteId, change) => call('POST', item('notes', noteId), change),
    deleteNote: (noteId) => call('DELETE', item('notes', noteId)),
    createThread: (input) => call('POST', 'threads', input),
    changeThread: (threadId, change) => call('POST', item('threads', threadId), change),
    deleteThread: (threadId) => call('DELETE', item('threads', threadId)),
  }
}
