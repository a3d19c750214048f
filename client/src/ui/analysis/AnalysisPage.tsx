import { Link } from 'wouter'
import { useAnalysis } from '../../session/analysis-context'
import { Icon, Logo } from '../icons'
import { boardPath } from '../links'
import { strings } from '../../i18n/strings'
import { laterStrings } from '../../i18n/strings-later'
import { AnalysisNoticeLine } from './AnalysisNoticeLine'
import { AnalysisTabs } from './AnalysisTabs'
import { DeidentifyToggle } from './DeidentifyToggle'
import { ScopeBanner } from './ScopeBanner'
import { ScopePicker } from './ScopePicker'

const t = laterStrings.analysis

/** The analysis page: header, what to look at, and the views as tabs. */
export function AnalysisPage() {
  const { workshopId, info } = useAnalysis()
  return (
    <div className="analysis-page">
      <header className="analysis-header">
        <Logo />
        <div className="analysis-heading">
          <p className="analysis-eyebrow">{t.eyebrow}</p>
          <h1 className="analysis-title">{info.title || strings.board.untitled}</h1>
        </div>
        <span className="header-spacer" />
        <Link href={boardPath(workshopId)} className="button button-secondary">
          <Icon name="left" />
          {t.backToBoard}
        </Link>
      </header>
      <main className="analysis-main">
        <div className="analysis-controls">
          <ScopePicker />
          <DeidentifyToggle />
        </div>
        <ScopeBanner />
        <AnalysisTabs />
      </main>
      <AnalysisNoticeLine />
    </div>
  )
}
