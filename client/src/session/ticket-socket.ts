import { CloseCode } from '@weave/shared'

/** A ticket request the server refused for good: the socket reports `closeCode` instead. */
export class TicketRefusal extends Error {
  constructor(
    readonly closeCode: number,
    reason: string,
  ) {
    super(reason)
  }
}

type Handler<E> = ((event: E) => void) | null

/**
 * A WebSocket class for y-websocket's `WebSocketPolyfill` that fetches a fresh single-use connect
 * ticket before each socket it opens, and adds it to the URL as `?ticket=`. y-websocket builds a
 * new socket for every connect and reconnect, so every attempt gets its own ticket and no token
 * ever appears in a URL. If the ticket request fails, the socket closes like one that could not
 * connect: with the TicketRefusal's code (so a fatal one stops reconnecting), or 1006 (retry).
 * Only what y-websocket uses is implemented.
 */
export function createTicketSocket(
  getTicket: () => Promise<string>,
  Base: typeof WebSocket = WebSocket,
): typeof WebSocket {
  class TicketSocket {
    readonly CONNECTING = 0
    readonly OPEN = 1
    readonly CLOSING = 2
    readonly CLOSED = 3
    readyState = 0
    binaryType: BinaryType = 'arraybuffer'
    onopen: Handler<Event> = null
    onmessage: Handler<MessageEvent> = null
    onerror: Handler<Event> = null
    onclose: Handler<CloseEvent> = null
    private inner: WebSocket | null = null

    constructor(url: string | URL, protocols?: string | string[]) {
      getTicket().then(
        (ticket) => this.open(url, protocols, ticket),
        (error: unknown) => {
          if (this.readyState === this.CLOSED) return
          this.readyState = this.CLOSED
          const code = error instanceof TicketRefusal ? error.closeCode : CloseCode.connectionLost
          const reason = error instanceof Error ? error.message : 'no connect ticket'
          this.onclose?.({ code, reason, wasClean: false } as CloseEvent)
        },
      )
    }

    private open(url: string | URL, protocols: string | string[] | undefined, ticket: string) {
      // Closed while the ticket was on its way: it is simply never used.
      if (this.readyState !== this.CONNECTING) return
      const withTicket = new URL(url)
      withTicket.searchParams.set('ticket', ticket)
      const inner = new Base(withTicket, protocols)
      inner.binaryType = this.binaryType
      inner.onopen = (event) => {
        this.readyState = this.OPEN
        this.onopen?.(event)
      }
      inner.onmessage = (event: MessageEvent) => this.onmessage?.(event)
      inner.onerror = (event) => this.onerror?.(event)
      inner.onclose = (event) => {
        this.readyState = this.CLOSED
        this.onclose?.(event)
      }
      this.inner = inner
    }

    send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      this.inner?.send(data)
    }

    close(code?: number, reason?: string): void {
      if (this.readyState === this.CLOSED) return
      this.readyState = this.inner ? this.CLOSING : this.CLOSED
      this.inner?.close(code, reason)
    }
  }
  return TicketSocket as unknown as typeof WebSocket
}
