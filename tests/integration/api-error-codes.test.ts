import { describe, expect, it } from 'vitest'
import { API_ERROR_CODES, CODEBOOK_MAX_ENTRIES } from '@weave/shared'
import { createWorkshop, join, type TestWorkshop } from '../helpers/api.js'
import { readDoc, tableUnder } from '../helpers/docs.js'
import { useHarness } from '../helpers/harness.js'
import { call } from '../helpers/http.js'

// An outside client written from docs/api.md: it makes every mistake it can without elaborate
// setup and holds each answer to the error-code table (API-5).

const harness = useHarness()

/** docs/api.md's error-code table, row by row: each code with the statuses it may be sent with. */
function documentedRows(): Array<[code: string, statuses: number[]]> {
  return tableUnder(readDoc('api.md'), '# HTTP API').map((row) => [
    row['error code'] ?? '',
    (row.status ?? '').split(',').map((status) => Number(status.trim())),
  ])
}

/**
 * Codes no outside client can provoke: a bug, and a workshop without a main room (every workshop
 * has one, and it cannot be closed); and those answered before any route, which fetch cannot
 * send (a stalled body, huge headers, broken HTTP): http-edges.test.ts provokes them.
 */
const NOT_PROVOKED: readonly string[] = [
  'internal_error',
  'no_main_room',
  'request_timeout',
  'headers_too_large',
  'invalid_http',
]
/** An id of the right shape that names nothing. */
const NOBODY = 'zzzzzzzzzzzzzz'

type Answer = { status: number; body: unknown }

/** What each scene gets: the server, a fresh workshop and the check that records each code. */
interface Scene {
  readonly httpUrl: string
  readonly workshop: TestWorkshop
  /** `/api/workshops/:id` of the scene's workshop. */
  readonly base: string
  readonly mainRoom: string
  check(answer: Answer, code: string): void
}

/** A request as sent, for bodies `call` would not send (not JSON, wrong type, no body). */
async function send(url: string, init: RequestInit): Promise<Answer> {
  const res = await fetch(url, init)
  return { status: res.status, body: await res.json() }
}

async function anyRoute({ httpUrl, workshop, base, check }: Scene): Promise<void> {
  const create = `${httpUrl}/api/workshops`
  const json = { 'content-type': 'application/json' }
  check(await send(create, { method: 'POST', headers: json, body: '{"title":' }), 'invalid_json')
  check(await send(create, { method: 'POST', headers: json, body: '' }), 'invalid_json')
  check(await call(create, 'POST', null, { title: '' }), 'invalid_request')
  check(
    await send(create, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }),
    'unsupported_media_type',
  )
  check(await call(create, 'POST', null, { title: 'x'.repeat(17 * 1024) }), 'body_too_large')
  check(await call(base, 'GET', null), 'unauthenticated')
  check(await call(base, 'GET', 'forged.token.value'), 'unauthenticated')
  const joinBody = { joinCode: 'WRONG234', displayName: 'Ana', sector: 'health' }
  check(await call(`${base}/join`, 'POST', null, joinBody), 'wrong_code')
  check(
    await call(`${httpUrl}/api/workshops/${NOBODY}/join`, 'POST', null, joinBody),
    'unknown_workshop',
  )
  check(
    await call(`${httpUrl}/api/workshops/NOT-AN-ID`, 'GET', workshop.facilitatorToken),
    'unknown_workshop',
  )
  const other = await createWorkshop(httpUrl, 'Another workshop')
  check(await call(base, 'GET', other.facilitatorToken), 'wrong_workshop')
  check(await call(`${httpUrl}/api/nope`, 'GET', null), 'not_found')
  check(await call(`${httpUrl}/api/time`, 'DELETE', null), 'method_not_allowed')
  check(await send(`${httpUrl}/board`, { method: 'PUT' }), 'method_not_allowed')
  check(await call(`${httpUrl}/`, 'GET', null), 'client_not_built')
  check(await call(`${httpUrl}/api/workshops/import`, 'POST', null, {}), 'invalid_export')
  const exported = (await call(`${base}/exports/json`, 'GET', workshop.facilitatorToken)).body as {
    lanes: Array<{ id: string }>
  }
  const lanes = Array.from({ length: 41 }, (_, i) => ({ ...exported.lanes[0], id: `lane${i}` }))
  check(
    await call(`${httpUrl}/api/workshops/import`, 'POST', null, { ...exported, lanes }),
    'import_over_limits',
  )
  check(
    await call(base, 'DELETE', workshop.facilitatorToken, { confirm: 'not the title' }),
    'confirmation_mismatch',
  )
}

async function people({ httpUrl, workshop, base, check }: Scene): Promise<void> {
  const facilitator = workshop.facilitatorToken
  const ana = await join(httpUrl, workshop, { name: 'Ana' })
  check(await call(`${base}/rounds`, 'POST', ana.token, {}), 'forbidden')
  const me = (await call(base, 'GET', facilitator)).body as { participantId: string }
  check(
    await call(`${base}/participants/${me.participantId}/remove`, 'POST', facilitator, {}),
    'forbidden',
  )
  for (const nobody of [NOBODY, 'not-an-id!']) {
    check(
      await call(`${base}/participants/${nobody}/remove`, 'POST', facilitator, {}),
      'unknown_participant',
    )
  }
  const removed = `${base}/participants/${ana.participantId}/remove`
  expect((await call(removed, 'POST', facilitator, {})).status).toBe(200)
  check(await call(base, 'GET', ana.token), 'removed')
}

async function roundsAndRooms({ httpUrl, workshop, base, check }: Scene): Promise<void> {
  const token = workshop.facilitatorToken
  const post = (rest: string, body: unknown = {}) => call(`${base}${rest}`, 'POST', token, body)
  const round = { prompt: 'What helps?', durationSec: 60 }
  check(await post('/rounds/current/pause'), 'no_round')
  check(await post('/rounds', { ...round, mode: 'open', roomIds: [NOBODY] }), 'unknown_room')
  expect((await post('/rounds', { ...round, mode: 'open' })).status).toBe(201)
  check(await post('/rounds/current/reveal', { anonymise: false }), 'not_private')
  check(await post('/rounds/current/resume'), 'not_paused')
  expect((await post('/rounds/current/pause')).status).toBe(200)
  check(await post('/rounds/current/pause'), 'not_running')
  expect((await post('/rounds', { ...round, mode: 'private' })).status).toBe(201)
  expect((await post('/rounds/current/reveal', { anonymise: false })).status).toBe(200)
  check(await post('/rounds/current/extend', { seconds: 30 }), 'already_revealed')

  check(await post('/harvest', { mode: 'top', perRoom: 1 }), 'no_vote_results')
  check(await post(`/rooms/${workshop.rooms[0]!.roomId}/close`), 'main_room')
  check(await post('/breakouts/assign', { mode: 'balanced' }), 'no_rooms')
  const created = await post('/rooms', { count: 2 })
  const [closing, open] = created.body as Array<{ roomId: string }>
  expect((await post(`/rooms/${closing!.roomId}/close`)).status).toBe(200)
  const ana = await join(httpUrl, workshop, { name: 'Ana' })
  const move = (roomId: string, participantId = ana.participantId) =>
    post('/breakouts/move', { participantId, roomId })
  check(await move(closing!.roomId), 'room_closed')
  check(await move(open!.roomId, NOBODY), 'unknown_participant')
  // Breakouts are not open: Ana's room is the main one.
  const elsewhere = `${base}/rooms/${open!.roomId}/anonymous/notes`
  check(await call(elsewhere, 'POST', ana.token, { laneId: 'health', x: 0, y: 0 }), 'not_your_room')
}

async function boardsAndExports({ base, mainRoom, workshop, check }: Scene): Promise<void> {
  const token = workshop.facilitatorToken
  const get = (rest: string) => call(`${base}${rest}`, 'GET', token)
  const post = (rest: string, body: unknown = {}) => call(`${base}${rest}`, 'POST', token, body)
  check(await post('/snapshots', { roomId: NOBODY, name: 'Before' }), 'unknown_room')
  check(await get(`/snapshots/${NOBODY}`), 'unknown_snapshot')
  check(await post(`/snapshots/${NOBODY}/restore`), 'unknown_snapshot')
  check(await get(`/exports/json?snapshot=${NOBODY}`), 'unknown_snapshot')
  check(await get(`/exports/json?room=${NOBODY}`), 'unknown_room')
  check(await get('/exports/nope'), 'unknown_format')
  check(await get('/exports/svg'), 'choose_a_room')
  check(await get('/exports/json?deidentified=maybe'), 'invalid_request')
  check(await post(`/rooms/${mainRoom}/notes/missing/hide`), 'unknown_note')
  check(await post(`/hidden-notes/${mainRoom}/missing/restore`), 'unknown_note')
}

/** Anonymous writing and dot votes, as participants. */
async function anonymousWriting({ httpUrl, workshop, base, mainRoom, check }: Scene) {
  const [ana, ben, watcher] = [
    await join(httpUrl, workshop, { name: 'Ana' }),
    await join(httpUrl, workshop, { name: 'Ben', sector: 'education' }),
    await join(httpUrl, workshop, { observer: true }),
  ]
  const board = `${base}/rooms/${mainRoom}/anonymous`
  const note = async (token: string, laneId = 'health') =>
    call(`${board}/notes`, 'POST', token, { laneId, x: 10, y: 10, text: 'A quiet idea' })
  check(await note(ana.token, 'no-such-lane'), 'unknown_lane')
  check(await note(workshop.facilitatorToken), 'forbidden')
  const a = ((await note(ana.token)).body as { id: string }).id
  const b = ((await note(ana.token)).body as { id: string }).id
  check(await call(`${board}/notes/${a}`, 'DELETE', ben.token), 'not_yours')
  const thread = (to: string) => call(`${board}/threads`, 'POST', ana.token, { from: a, to })
  check(await thread('missing'), 'unknown_note')
  expect((await thread(b)).status).toBe(201)
  check(await thread(b), 'refused')
  check(
    await call(`${board}/threads/${NOBODY}`, 'POST', ana.token, { label: 'same' }),
    'unknown_thread',
  )

  const votes = `${base}/votes`
  const dot = (token: string, noteId: string) =>
    call(`${votes}/current/dots`, 'POST', token, { roomId: mainRoom, noteId })
  check(await call(`${votes}/current/mine`, 'GET', ana.token), 'vote_closed')
  const open = (body: object) => call(votes, 'POST', workshop.facilitatorToken, body)
  expect((await open({ dotsPerPerson: 1, roundId: 'another-round' })).status).toBe(201)
  check(await dot(ana.token, a), 'not_in_vote')
  expect((await open({ dotsPerPerson: 1 })).status).toBe(201)
  check(await dot(watcher.token, a), 'forbidden')
  check(await dot(ana.token, 'missing'), 'unknown_note')
  expect((await dot(ana.token, a)).status).toBe(200)
  check(await dot(ana.token, b), 'no_dots_left')
}

async function codebook({ base, mainRoom, workshop, check }: Scene): Promise<void> {
  const token = workshop.facilitatorToken
  const codebookUrl = `${base}/codebook`
  check(await call(`${codebookUrl}/themes/${NOBODY}`, 'DELETE', token), 'unknown_theme')
  check(await call(`${codebookUrl}/codes/${NOBODY}`, 'DELETE', token), 'unknown_code')
  const code = await call(`${codebookUrl}/codes`, 'POST', token, { name: 'Access' })
  const { id } = code.body as { id: string }
  // 101 × 100 pairs: over the 10,000 a request may name, in a body well under 16 KiB.
  const codings = {
    action: 'apply',
    notes: Array.from({ length: 101 }, () => ({ roomId: mainRoom, noteId: 'n1' })),
    codeIds: Array.from({ length: 100 }, () => id),
  }
  check(await call(`${codebookUrl}/codings`, 'POST', token, codings), 'too_many_codings')
  const theme = (n: number) => call(`${codebookUrl}/themes`, 'POST', token, { name: `Theme ${n}` })
  // Batches of 50 fill the codebook to exactly its 500 themes, in a few seconds.
  for (let batch = 0; batch < CODEBOOK_MAX_ENTRIES; batch += 50) {
    const answers = await Promise.all(Array.from({ length: 50 }, (_, n) => theme(batch + n)))
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201))
  }
  check(await theme(CODEBOOK_MAX_ENTRIES), 'codebook_full')
}

describe('API error codes as docs/api.md lists them', () => {
  const rows = documentedRows()
  const documented = new Map(rows)

  it('[API-5] lists exactly the codes of ApiErrorCode, each once', () => {
    expect(rows.map(([code]) => code).sort()).toEqual([...API_ERROR_CODES].sort())
    for (const [code, statuses] of rows) {
      expect(
        statuses.every((status) => status >= 400 && status < 600),
        code,
      ).toBe(true)
    }
  })

  it("[API-5] [API-1] answers an outside client's mistakes with documented codes and statuses", async () => {
    const running = await harness.start()
    const seen = new Set<string>()
    const check = (answer: Answer, code: string) => {
      const error = (answer.body as { error?: { code?: unknown; message?: unknown } }).error
      expect(error?.code, JSON.stringify(answer.body)).toBe(code)
      expect(typeof error?.message).toBe('string')
      expect(documented.get(code) ?? [], `${code}: documented statuses`).toContain(answer.status)
      seen.add(code)
    }
    const scenes = [anyRoute, people, roundsAndRooms, boardsAndExports, anonymousWriting, codebook]
    for (const scene of scenes) {
      const workshop = await createWorkshop(running.httpUrl)
      await scene({
        httpUrl: running.httpUrl,
        workshop,
        base: `${running.httpUrl}/api/workshops/${workshop.workshopId}`,
        mainRoom: workshop.rooms[0]!.roomId,
        check,
      })
    }
    const provokable = API_ERROR_CODES.filter((code) => !NOT_PROVOKED.includes(code))
    expect([...seen].sort()).toEqual([...provokable].sort())
  })
})
