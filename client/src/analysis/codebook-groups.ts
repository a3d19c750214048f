import type { Codebook, ExportCode, ExportTheme } from '@weave/shared'

/** A theme with its codes. */
export interface ThemeGroup {
  readonly theme: ExportTheme
  readonly codes: readonly ExportCode[]
}

/** The codebook as it is shown: each theme with its codes, then the codes without a theme. */
export function groupCodebook(codebook: Pick<Codebook, 'themes' | 'codes'>): {
  themes: ThemeGroup[]
  ungrouped: ExportCode[]
} {
  const themeIds = new Set(codebook.themes.map((theme) => theme.id))
  return {
    themes: codebook.themes.map((theme) => ({
      theme,
      codes: codebook.codes.filter((code) => code.themeId === theme.id),
    })),
    ungrouped: codebook.codes.filter(
      (code) => code.themeId === null || !themeIds.has(code.themeId),
    ),
  }
}

/** The colour of codes without a theme (white text on it passes WCAG AA). */
export const UNGROUPED_COLOR = '#475569'
