import { performance } from 'node:perf_hooks'
import WebSocket from 'ws'
import { MessageType, SyncMessageType } from '@weave/shared'
import {
  awarenessEntryCount,
  payloadOf,
  readHead,
  syncStep1,
  syncStep2,
  type FrameHead,
} from './frames.js'

/** Traffic counted over every socket of a run, while `counting` is on (the measured window). */
export interface TrafficStats {
  counting: boolean
  frames: number
  bytes: number
  updateFrames: number
  presenceFrames: number
  presenceStates: number
}

/** A fresh set of counters, off. */
export function createTrafficStats(): TrafficStats {
  return {
    counting: false,
    frames: 0,
    bytes: 0,
    updateFrames: 0,
    presenceFrames: 0,
    presenceStates: 0,
  }
}

/** What a socket does with what it receives, beyond counting it. */
export interface SocketHooks {
  /** A sync update frame arrived at `atMs` (performance.now()). */
  onUpdate?(frame: Uint8Array, head: FrameHead, atMs: number): void
  /** A sync step 2 arrived (the answer to our step 1). */
  onStep2?(payload: Uint8Array, atMs: number): void
  onAwareness?(frame: Uint8Array, head: FrameHead, atMs: number): void
  /** Our answer to the server's step 1 (its state vector); an empty update by default. */
  answerStep1?(stateVector: Uint8Array): Uint8Array
}

/**
 * A y-websocket protocol client over `ws`, without a provider: it answers the server's sync step 1,
 * counts every frame by type from its first bytes, and hands frames to hooks only when asked to.
 */
export class BenchSocket {
  private socket: WebSocket | null = null
  /** The close code, once closed; `closedByUs` tells a stall or refusal from our own close. */
  closeCode: number | null = null
  closedByUs = false
  private readonly step2Waiters: Array<() => void> = []
  private readonly closeWaiters: Array<(code: number) => void> = []

  constructor(
    private readonly url: string,
    private readonly stats: TrafficStats,
    private readonly hooks: SocketHooks = {},
    private readonly handshakeTimeoutMs = 30_000,
  ) {}

  /**
   * Connects, then resolves once synced (our step 1 answered); `hello` (e.g. a first presence
   * state) is sent right after the step 1, as the y-websocket provider does.
   */
  sync(timeoutMs: number, hello: Uint8Array | null = null): Promise<void> {
    if (this.closedByUs) return Promise.reject(new Error('closed before connecting'))
    const ws = new WebSocket(this.url, {
      perMessageDeflate: false,
      handshakeTimeout: this.handshakeTimeoutMs,
    })
    this.socket = ws
    ws.binaryType = 'nodebuffer'
    ws.on('message', (data: Buffer) => this.receive(data))
    ws.on('error', () => {})
    ws.on('close', (code) => {
      this.closeCode = code
      for (const wake of this.closeWaiters.splice(0)) wake(code)
    })
    const opened = new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve())
      this.onClose((code) => reject(new Error(`closed before open (${code})`)))
    })
    return withDeadline(
      opened.then(() => {
        const synced = this.nextStep2()
        this.send(syncStep1())
        if (hello) this.send(hello)
        return synced
      }),
      timeoutMs,
      'sync',
    )
  }

  /** Resolves at the next sync step 2 received (send a step 1 first), or rejects on close. */
  nextStep2(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.step2Waiters.push(resolve)
      this.onClose((code) => reject(new Error(`closed (${code}) while waiting for sync`)))
    })
  }

  send(bytes: Uint8Array): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(bytes, { binary: true })
  }

  close(): void {
    this.closedByUs = true
    this.socket?.terminate()
  }

  private onClose(listener: (code: number) => void): void {
    if (this.closeCode !== null) listener(this.closeCode)
    else this.closeWaiters.push(listener)
  }

  private receive(data: Buffer): void {
    const atMs = performance.now()
    const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    const head = readHead(frame)
    if (!head) return
    const stats = this.stats
    if (stats.counting) {
      stats.frames++
      stats.bytes += frame.length
    }
    if (head.type === MessageType.sync) {
      if (head.syncType === SyncMessageType.update) {
        if (stats.counting) stats.updateFrames++
        this.hooks.onUpdate?.(frame, head, atMs)
      } else if (head.syncType === SyncMessageType.step2) {
        this.hooks.onStep2?.(payloadOf(frame, head), atMs)
        for (const wake of this.step2Waiters.splice(0)) wake()
      } else if (head.syncType === SyncMessageType.step1) {
        const answer = this.hooks.answerStep1?.(payloadOf(frame, head))
        this.send(syncStep2(answer))
      }
    } else if (head.type === MessageType.awareness) {
      if (stats.counting) {
        stats.presenceFrames++
        stats.presenceStates += awarenessEntryCount(frame, head)
      }
      this.hooks.onAwareness?.(frame, head, atMs)
    }
  }
}

/** Rejects with "<what> timed out" when `promise` has not settled within `ms`. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms)
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}
