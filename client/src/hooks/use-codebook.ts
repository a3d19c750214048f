import type { Codebook } from '@weave/shared'
import { useAnalysis } from '../session/analysis-context'
import type { Resource } from '../session/resource'
import { useResource } from './use-resource'

/** The workshop's codebook (themes, codes, codings), loaded on first use. */
export function useCodebook(): Resource<Codebook> {
  return useResource(useAnalysis().codebook)
}
