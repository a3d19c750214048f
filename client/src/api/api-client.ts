import type {
  ApiError,
  ApiErrorCode,
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  JoinRequest,
  JoinResponse,
  WorkshopInfo,
} from '@weave/shared'

/** Codes of failures the server did not describe: it was not reached, or sent no API error. */
type ClientErrorCode = 'network' | 'http'

/** A failed API call: the server's machine code and its sentence for people. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | ClientErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiRequestError'
  }
}

/** Status used for errors that never reached the server (offline, DNS, CORS...). */
export const NETWORK_ERROR_STATUS = 0

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false
  const error = (body as { error: unknown }).error
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string' &&
    typeof (error as { code?: unknown }).code === 'string'
  )
}

/** Calls the HTTP API; throws ApiRequestError with the server's code and message on failure. */
export async function request<T>(
  path: string,
  init: { method: 'GET' | 'POST' | 'DELETE'; body?: unknown; token?: string },
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  if (init.token) headers.Authorization = `Bearer ${init.token}`
  let response: Response
  try {
    response = await fetch(path, {
      method: init.method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
  } catch {
    throw new ApiRequestError(NETWORK_ERROR_STATUS, 'network', 'The server could not be reached.')
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    if (isApiError(body)) {
      throw new ApiRequestError(response.status, body.error.code, body.error.message)
    }
    throw new ApiRequestError(response.status, 'http', `The server answered ${response.status}.`)
  }
  return body as T
}

/** A downloaded file: its bytes and the name the server suggested. */
export interface DownloadedFile {
  readonly blob: Blob
  readonly filename: string
}

/** The file name of a `Content-Disposition: attachment; filename="..."` header, if any. */
export function attachmentName(header: string | null): string | null {
  const match = header ? /filename="?([^";]+)"?/i.exec(header) : null
  return match?.[1]?.trim() || null
}

/**
 * Downloads a file from the HTTP API with the bearer token (a plain link cannot send it); throws
 * ApiRequestError like `request` on failure.
 */
export async function download(path: string, token: string): Promise<DownloadedFile> {
  let response: Response
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } })
  } catch {
    throw new ApiRequestError(NETWORK_ERROR_STATUS, 'network', 'The server could not be reached.')
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null)
    if (isApiError(body)) {
      throw new ApiRequestError(response.status, body.error.code, body.error.message)
    }
    throw new ApiRequestError(response.status, 'http', `The server answered ${response.status}.`)
  }
  const fallback = path.split('?')[0]?.split('/').pop() ?? 'weave-export'
  const filename = attachmentName(response.headers.get('Content-Disposition')) ?? fallback
  return { blob: await response.blob(), filename }
}

/** `POST /api/workshops`: creates a workshop; the caller becomes its facilitator. */
export function createWorkshop(input: CreateWorkshopRequest): Promise<CreateWorkshopResponse> {
  return request('/api/workshops', { method: 'POST', body: input })
}

/** `POST /api/workshops/:id/join`: trades an invitation code for a token. */
export function joinWorkshop(workshopId: string, input: JoinRequest): Promise<JoinResponse> {
  return request(`/api/workshops/${encodeURIComponent(workshopId)}/join`, {
    method: 'POST',
    body: input,
  })
}

/** `GET /api/workshops/:id`: what the token lets its holder see. */
export function fetchWorkshop(workshopId: string, token: string): Promise<WorkshopInfo> {
  return request(`/api/workshops/${encodeURIComponent(workshopId)}`, { method: 'GET', token })
}
