import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import layers from '../../layers.json' with { type: 'json' }

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** One package's layers, as layers.json states them (eslint.config.js turns them into rules). */
export interface PackageLayers {
  readonly src: string
  /** Root modules every folder may import. */
  readonly leaves: readonly string[]
  /** Root modules that wire everything together, which nothing imports. */
  readonly composition: readonly string[]
  readonly folders: Readonly<
    Record<string, { readonly mayImport: readonly string[]; readonly why: string }>
  >
}

export const PACKAGES = ['server', 'client'] as const
export type PackageName = (typeof PACKAGES)[number]

export const layerMap: Record<PackageName, PackageLayers> = layers

/** The top folders of a package's src/ as they are on disk. */
export function foldersOnDisk(pkg: PackageLayers): string[] {
  return readdirSync(path.join(REPO_ROOT, pkg.src), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

/** The modules directly in a package's src/, without their extension. */
export function rootModulesOnDisk(pkg: PackageLayers): string[] {
  return readdirSync(path.join(REPO_ROOT, pkg.src), { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => entry.name.replace(/\.tsx?$/, ''))
    .sort()
}

/** The folders `folder` must not import: every other folder of its package not in its list. */
export function forbiddenFor(pkg: PackageLayers, folder: string): string[] {
  const allowed = pkg.folders[folder]?.mayImport ?? []
  return Object.keys(pkg.folders).filter((other) => other !== folder && !allowed.includes(other))
}
