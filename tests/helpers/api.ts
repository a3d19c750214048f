import type { Author, CreateWorkshopResponse, JoinResponse, WorkshopInfo } from '@weave/shared'

/** A workshop created for a test, with the tokens of whoever joined it. */
export interface TestWorkshop extends CreateWorkshopResponse {
  readonly roomDoc: string
  readonly controlDoc: string
}

/** POSTs JSON and returns the status and parsed body. */
export async function postJson(
  url: string,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}

/** Creates a workshop through the API. */
export async function createWorkshop(
  httpUrl: string,
  title = 'Test workshop',
): Promise<TestWorkshop> {
  const { status, body } = await postJson(`${httpUrl}/api/workshops`, { title })
  if (status !== 201) throw new Error(`create failed: ${status} ${JSON.stringify(body)}`)
  const created = body as CreateWorkshopResponse
  const room = created.rooms[0]
  if (!room) throw new Error('workshop has no room')
  return { ...created, roomDoc: room.docName, controlDoc: `${created.workshopId}.control` }
}

/** A join response with the author stamp this participant's notes must carry. */
export interface Joined extends JoinResponse {
  readonly author: Author
}

/** The author stamp for the facilitator who created a test workshop. */
export function facilitatorAuthor(workshop: TestWorkshop): Author {
  const payload = JSON.parse(
    Buffer.from(workshop.facilitatorToken.split('.')[1] ?? '', 'base64url').toString(),
  ) as {
    sub: string
  }
  return { id: payload.sub, name: 'Facilitator', sector: null }
}

/** Joins as a named participant (or observer) and returns the token response. */
export async function join(
  httpUrl: string,
  workshop: TestWorkshop,
  as: { name?: string; sector?: string; observer?: boolean; anonymous?: boolean } = {},
): Promise<Joined> {
  const body = as.observer
    ? { observerCode: workshop.observerCode, displayName: as.name ?? 'Watcher' }
    : as.anonymous
      ? { joinCode: workshop.joinCode, anonymous: true }
      : {
          joinCode: workshop.joinCode,
          displayName: as.name ?? 'Ana',
          sector: as.sector ?? 'health',
        }
  const { status, body: response } = await postJson(
    `${httpUrl}/api/workshops/${workshop.workshopId}/join`,
    body,
  )
  if (status !== 200) throw new Error(`join failed: ${status} ${JSON.stringify(response)}`)
  const joined = response as JoinResponse
  const author: Author = {
    id: joined.participantId,
    name: as.observer || as.anonymous ? null : (as.name ?? 'Ana'),
    sector: as.observer || as.anonymous ? null : (as.sector ?? 'health'),
  }
  return { ...joined, author }
}

/** GET /api/workshops/:id with a bearer token. */
export async function describe(
  httpUrl: string,
  workshopId: string,
  token: string,
): Promise<{ status: number; body: WorkshopInfo }> {
  const res = await fetch(`${httpUrl}/api/workshops/${workshopId}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return { status: res.status, body: (await res.json()) as WorkshopInfo }
}
