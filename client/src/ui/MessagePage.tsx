import type { ReactNode } from 'react'
import { Logo } from './icons'

/** A centred card with a message (loading, errors) and optional actions. */
export function MessagePage(props: { message: string; busy?: boolean; children?: ReactNode }) {
  return (
    <main className="page page-center">
      <div className="card message-card" aria-busy={props.busy ?? false}>
        <Logo />
        {props.busy && <span className="spinner" aria-hidden="true" />}
        <p role={props.busy ? 'status' : 'alert'} className="message-text">
          {props.message}
        </p>
        {props.children}
      </div>
    </main>
  )
}
