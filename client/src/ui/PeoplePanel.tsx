import { useMemo } from 'react'
import { useSession } from '../session/session-context'
import { usePresence } from '../hooks/use-presence'
import { peopleHere, type Person } from './people'
import { strings } from '../i18n/strings'

/** Who's here: name (or Anonymous), sector colour and name, role, and "you". */
export function PeoplePanel() {
  const session = useSession()
  const peers = usePresence()
  const { author, info } = session
  const people = useMemo(
    () =>
      peopleHere(
        {
          participantId: info.participantId,
          name: author.name,
          sector: author.sector,
          role: info.role,
        },
        peers,
      ),
    [author, info.participantId, info.role, peers],
  )
  return (
    <section className="panel-section" aria-labelledby="people-heading">
      <h2 id="people-heading" className="panel-heading">
        {strings.people.heading}
        <span className="panel-count">{strings.people.count(people.length)}</span>
      </h2>
      <ul className="people-list" data-testid="people-list">
        {people.map((person) => (
          <PersonRow key={person.participantId} person={person} />
        ))}
      </ul>
      {people.length === 1 && <p className="panel-hint">{strings.people.alone}</p>}
    </section>
  )
}

function PersonRow({ person }: { person: Person }) {
  const name =
    person.name ?? (person.role === 'observer' ? strings.people.observer : strings.people.anonymous)
  return (
    <li className="person" data-participant-id={person.participantId}>
      <span className="person-avatar" style={{ background: person.color }} aria-hidden="true">
        {name.trim().charAt(0).toUpperCase() || '?'}
      </span>
      <span className="person-text">
        <span className="person-name">
          {name}
          {person.isSelf && <span className="person-you"> ({strings.people.you})</span>}
        </span>
        {person.sectorName && <span className="person-sector">{person.sectorName}</span>}
      </span>
      <span className={`role-badge role-${person.role}`}>{strings.people.roles[person.role]}</span>
    </li>
  )
}
