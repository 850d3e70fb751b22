/**
 * The hash chain: each event's hash is SHA-256 over the previous hash and the canonical JSON
 * (RFC 8785, sorted keys) of what was recorded. The first link is the dossier's genesis: the hash
 * of its registration (office, level, domain, procedure), so those facts are covered too.
 */
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/**
 * What one link covers: never the applicant's identity, only its reference. The position is not
 * hashed: the previous hash fixes it, so a renumbered row shows as a broken link (reordered).
 */
export interface ChainedEvent {
  readonly dossierId: string;
  readonly event: unknown;
  readonly applicantRef: string | null;
  readonly recordedAt: number;
}

/** What the genesis covers. */
export interface ChainedDossier {
  readonly dossierId: string;
  readonly province: string;
  readonly officeId: string;
  readonly level: string;
  readonly domain: string;
  readonly procedure: unknown;
  readonly createdAt: number;
}

const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

const canonical = (value: unknown): string => {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError("value has no JSON form");
  return text;
};

/** The genesis hash of a dossier. */
export const genesisHash = (d: ChainedDossier): string => sha256(`motcua-store/1\n${canonical(d)}`);

/** The hash of one event given the previous link. */
export const linkHash = (prev: string, e: ChainedEvent): string => sha256(`${prev}\n${canonical(e)}`);
