/**
 * What the generated docs are made from: the rulebook's plugins, the calendar's and the SLA's
 * source tables, the statecharts and the levels, gathered in one object so the render functions
 * stay pure (tests may pass a changed copy to prove the pages are derived from it).
 *
 * `scripts/` is not a workspace package, so bare `@motcua/*` specifiers do not resolve from here;
 * the packages are imported through their public entry files (`packages/<name>/src/index.ts`), the
 * very files the `@motcua/source` condition maps those names to. Only public exports are used.
 *
 * @module
 */
import type { AnyStateMachine } from "xstate";
import { PROJECTION_SOURCES, type YearlyNotice } from "../../packages/calendar/src/index.ts";
import { LEVELS, type LegalRef, type LevelInfo, type Validity } from "../../packages/core/src/index.ts";
import { dossierMachine } from "../../packages/dossier/src/index.ts";
import { handoverMachine } from "../../packages/handover/src/index.ts";
import {
  CALENDAR_SOURCES,
  national,
  NATIONAL_HOLIDAY_RULES,
  YEARLY_NOTICES,
  LAW_SINCE_2025,
} from "../../packages/national/src/index.ts";
import { composeRulebook, type Plugin } from "../../packages/plugin-sdk/src/index.ts";
import { dongThap } from "../../packages/provinces/dong-thap/src/index.ts";
import { haTinh } from "../../packages/provinces/ha-tinh/src/index.ts";
import { vinhPhuc } from "../../packages/provinces/vinh-phuc/src/index.ts";
import { SLA_RULE_SOURCE_VERSIONS } from "../../packages/sla/src/index.ts";

/** Everything the generated pages are rendered from. */
export interface DocsSources {
  /** The national baseline plugin (composed first). */
  readonly national: Plugin;
  /** The province plugins, each composed on the national baseline in its own section. */
  readonly provinces: ReadonlyArray<Plugin>;
  /** `composeRulebook` of `@motcua/plugin-sdk`. */
  readonly composeRulebook: typeof composeRulebook;
  /** `CALENDAR_SOURCES` of `@motcua/national` and `PROJECTION_SOURCES` of `@motcua/calendar`. */
  readonly holidaySources: Readonly<Record<string, LegalRef>>;
  /** Names of the national holiday ids (`NATIONAL_HOLIDAY_RULES` of `@motcua/national`). */
  readonly holidayNames: Readonly<Record<string, { readonly vi: string; readonly en: string }>>;
  /** `YEARLY_NOTICES` of `@motcua/national`. */
  readonly yearlyNotices: ReadonlyArray<YearlyNotice>;
  /** `LAW_SINCE_2025` of `@motcua/national`: the documents since 1/7/2025 and their confidence. */
  readonly lawSince2025: Readonly<Record<string, LegalRef>>;
  /** `SLA_RULE_SOURCE_VERSIONS` of `@motcua/sla`: the clock's sources, dated by receipt. */
  readonly slaRuleSourceVersions: ReadonlyArray<{
    readonly validity: Validity;
    readonly sources: Readonly<Record<string, LegalRef>>;
  }>;
  /** `LEVELS` of `@motcua/core`. */
  readonly levels: Readonly<Record<string, LevelInfo>>;
  /** The dossier statechart (used only when `docs/diagrams/dossier.mmd` is absent). */
  readonly dossierMachine: AnyStateMachine;
  /** The handover statechart. */
  readonly handoverMachine: AnyStateMachine;
}

/** The sources of this repository. */
export const DOCS_SOURCES: DocsSources = {
  national,
  provinces: [haTinh, vinhPhuc, dongThap],
  composeRulebook,
  lawSince2025: LAW_SINCE_2025,
  holidaySources: {
    ...CALENDAR_SOURCES,
    tetProjection: PROJECTION_SOURCES.tet,
    adjacentProjection: PROJECTION_SOURCES.adjacent,
  },
  holidayNames: Object.fromEntries(NATIONAL_HOLIDAY_RULES.map((h) => [h.id, { vi: h.name, en: h.nameEn }])),
  yearlyNotices: YEARLY_NOTICES,
  slaRuleSourceVersions: SLA_RULE_SOURCE_VERSIONS,
  levels: LEVELS,
  dossierMachine,
  handoverMachine,
};
