import * as Y from 'yjs'
import { childMap, clustersMap } from './board-doc.js'
import { clusterSchema, type Cluster } from './records.js'

function clusterFromMap(id: string, map: Y.Map<unknown>): Cluster | undefined {
  const parsed = clusterSchema.safeParse({
    id,
    name: map.get('name'),
    color: map.get('color') ?? null,
    collapsed: map.get('collapsed') ?? false,
    createdAt: map.get('createdAt'),
    createdBy: map.get('createdBy') ?? null,
  })
  return parsed.success ? parsed.data : undefined
}

/** Reads one cluster; undefined when it is missing or malformed. */
export function readCluster(doc: Y.Doc, clusterId: string): Cluster | undefined {
  const map = childMap(clustersMap(doc), clusterId)
  return map ? clusterFromMap(clusterId, map) : undefined
}

/** All well-formed clusters of a board, oldest first (then by id, for a stable order). */
export function readClusters(doc: Y.Doc): Cluster[] {
  const clusters: Cluster[] = []
  clustersMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return
    const cluster = clusterFromMap(id, value as Y.Map<unknown>)
    if (cluster) clusters.push(cluster)
  })
  return clusters.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
}

/**
 * Whether `clusterId` names a well-formed cluster: a note naming any other (dissolved while it
 * was dropped in, or forged) reads as unclustered, so no reader shows a note of a gone cluster.
 */
export function clusterExists(doc: Y.Doc, clusterId: string): boolean {
  return readCluster(doc, clusterId) !== undefined
}
