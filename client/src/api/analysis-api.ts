import {
  parseExport,
  type CodeInput,
  type Codebook,
  type CodingRequest,
  type ExportCode,
  type ExportFormat,
  type ExportTheme,
  type RoomInfo,
  type SnapshotInfo,
  type ThemeInput,
  type WorkshopExport,
} from '@weave/shared'
import type { AnalysisScope } from '../analysis/scope'
import { ApiRequestError, download, request, type DownloadedFile } from './api-client'

function workshopPath(workshopId: string, rest: string): string {
  return `/api/workshops/${encodeURIComponent(workshopId)}/${rest}`
}

function post<T>(workshopId: string, token: string, rest: string, body: unknown): Promise<T> {
  return request(workshopPath(workshopId, rest), { method: 'POST', token, body })
}

/** `POST .../snapshots`: takes a named snapshot of a room's board. */
export function takeSnapshot(
  workshopId: string,
  token: string,
  roomId: string,
  name: string,
): Promise<SnapshotInfo> {
  return post(workshopId, token, 'snapshots', { roomId, name })
}

/** `GET .../snapshots`: every snapshot of the workshop. */
export function listSnapshots(workshopId: string, token: string): Promise<SnapshotInfo[]> {
  return request(workshopPath(workshopId, 'snapshots'), { method: 'GET', token })
}

/** `POST .../snapshots/:id/restore`: a new room holding the snapshot's board. */
export function restoreSnapshot(
  workshopId: string,
  token: string,
  snapshotId: string,
): Promise<RoomInfo> {
  return post(workshopId, token, `snapshots/${encodeURIComponent(snapshotId)}/restore`, {})
}

/** The export route of a format for a scope, with or without names. */
export function exportPath(
  workshopId: string,
  format: ExportFormat,
  scope: AnalysisScope,
  deidentified: boolean,
): string {
  const query = new URLSearchParams()
  if (scope.kind === 'room') query.set('room', scope.roomId)
  if (scope.kind === 'snapshot') query.set('snapshot', scope.snapshotId)
  if (deidentified) query.set('deidentified', '1')
  const search = query.toString()
  return workshopPath(workshopId, `exports/${format}${search ? `?${search}` : ''}`)
}

/** The JSON export of a scope, checked against the export schema. */
export async function fetchExport(
  workshopId: string,
  token: string,
  scope: AnalysisScope,
  deidentified: boolean,
): Promise<WorkshopExport> {
  const path = exportPath(workshopId, 'json', scope, deidentified)
  const parsed = parseExport(await request<unknown>(path, { method: 'GET', token }))
  if (!parsed.ok) throw new ApiRequestError(200, 'invalid_export', parsed.message)
  return parsed.value
}

/** Downloads an export file. */
export function downloadExport(
  workshopId: string,
  token: string,
  format: ExportFormat,
  scope: AnalysisScope,
  deidentified: boolean,
): Promise<DownloadedFile> {
  return download(exportPath(workshopId, format, scope, deidentified), token)
}

/** `GET .../codebook`: themes, codes and codings. */
export function fetchCodebook(workshopId: string, token: string): Promise<Codebook> {
  return request(workshopPath(workshopId, 'codebook'), { method: 'GET', token })
}

/** Creates a theme, or updates it when `themeId` is given. */
export function saveTheme(
  workshopId: string,
  token: string,
  input: ThemeInput,
  themeId?: string,
): Promise<ExportTheme> {
  const rest = themeId ? `codebook/themes/${encodeURIComponent(themeId)}` : 'codebook/themes'
  return post(workshopId, token, rest, input)
}

/** Deletes a theme (its codes stay, ungrouped). */
export function deleteTheme(workshopId: string, token: string, themeId: string): Promise<Codebook> {
  const path = workshopPath(workshopId, `codebook/themes/${encodeURIComponent(themeId)}`)
  return request(path, { method: 'DELETE', token })
}

/** Creates a code, or updates it when `codeId` is given. */
export function saveCode(
  workshopId: string,
  token: string,
  input: CodeInput,
  codeId?: string,
): Promise<ExportCode> {
  const rest = codeId ? `codebook/codes/${encodeURIComponent(codeId)}` : 'codebook/codes'
  return post(workshopId, token, rest, input)
}

/** Deletes a code and its codings. */
export function deleteCode(workshopId: string, token: string, codeId: string): Promise<Codebook> {
  const path = workshopPath(workshopId, `codebook/codes/${encodeURIComponent(codeId)}`)
  return request(path, { method: 'DELETE', token })
}

/** Applies codes to notes, or removes them. */
export function codeNotes(
  workshopId: string,
  token: string,
  input: CodingRequest,
): Promise<Codebook> {
  return post(workshopId, token, 'codebook/codings', input)
}
