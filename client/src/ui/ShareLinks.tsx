import { useSession } from '../session/session-context'
import { facilitatorLink, observerLink, participantLink } from './links'
import { CopyField } from './CopyField'
import { strings } from '../i18n/strings'

/** For facilitators: the invitation links to share, and their own way back. */
export function ShareLinks() {
  const { info, token, workshopId } = useSession()
  if (info.role !== 'facilitator') return null
  return (
    <section className="panel-section" aria-labelledby="share-heading">
      <h2 id="share-heading" className="panel-heading">
        {strings.share.heading}
      </h2>
      {info.joinCode && (
        <CopyField
          label={strings.share.participantLabel}
          hint={strings.share.participantHint}
          value={participantLink(workshopId, info.joinCode)}
          testId="share-participant-link"
        />
      )}
      {info.observerCode && (
        <CopyField
          label={strings.share.observerLabel}
          hint={strings.share.observerHint}
          value={observerLink(workshopId, info.observerCode)}
          testId="share-observer-link"
        />
      )}
      <CopyField
        label={strings.share.facilitatorLabel}
        hint={strings.share.facilitatorHint}
        value={facilitatorLink(workshopId, token)}
        testId="share-facilitator-link"
      />
    </section>
  )
}
