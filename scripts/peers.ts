/**
 * What each public package needs its user to install beside it: the non-optional peers of the
 * package and of every `@motcua/*` package it depends on (through `dependencies`, transitively).
 * A peer of a dependency is not installed by the dependency, so the package must declare it too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listPackages } from "./workspace";

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  bin?: Record<string, string>;
  files?: string[];
}

/** Every public package's manifest (packages/ and packages/provinces/), by name. */
export function publicManifests(): Map<string, Manifest & { dir: string }> {
  const out = new Map<string, Manifest & { dir: string }>();
  for (const p of listPackages(["packages", "packages/provinces"])) {
    const json = JSON.parse(readFileSync(join(p.dir, "package.json"), "utf8")) as Manifest;
    if (json.private !== true) out.set(json.name, { ...json, dir: p.dir });
  }
  return out;
}

const requiredPeers = (m: Manifest): string[] =>
  Object.keys(m.peerDependencies ?? {}).filter((n) => m.peerDependenciesMeta?.[n]?.optional !== true);

/** The non-optional, non-workspace peers `name` needs installed beside it, sorted. */
export function neededPeers(name: string, manifests = publicManifests()): string[] {
  const needed = new Set<string>();
  const seen = new Set<string>();
  const visit = (n: string): void => {
    const m = manifests.get(n);
    if (m === undefined || seen.has(n)) return;
    seen.add(n);
    for (const peer of requiredPeers(m)) if (!manifests.has(peer)) needed.add(peer);
    for (const dep of Object.keys(m.dependencies ?? {})) visit(dep);
  };
  visit(name);
  return [...needed].sort();
}

/** The peers `name` needs but neither declares as a peer nor depends on. */
export function undeclaredPeers(name: string, manifests = publicManifests()): string[] {
  const m = manifests.get(name);
  if (m === undefined) return [];
  const declared = new Set([...Object.keys(m.peerDependencies ?? {}), ...Object.keys(m.dependencies ?? {})]);
  return neededPeers(name, manifests).filter((p) => !declared.has(p));
}
