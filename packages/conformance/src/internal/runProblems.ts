/**
 * Why a run with no failed case still proves nothing: the honesty checks of `runConformance`.
 *
 * @internal
 */
import type { LoadedCase } from "../parseCaseFile";
import type { CaseResult } from "../runCase";

/**
 * One reason a run cannot count as a pass.
 *
 * @since 0.2.0
 * @category Results
 */
export interface RunProblem {
  /** `CONFORMANCE_NOTHING_SELECTED`, `CONFORMANCE_NO_OWN_CASES` or `CONFORMANCE_ALL_SKIPPED`. */
  readonly code: string;
  /** English message. */
  readonly en: string;
  /** Vietnamese message. */
  readonly vi: string;
  /** The plugin concerned, when one is. */
  readonly plugin?: string;
}

/** The honesty checks, in order: nothing selected; a plugin on top of the base with no case of its own, or all skipped; everything skipped. */
export function runProblems(args: {
  readonly selected: ReadonlyArray<LoadedCase>;
  readonly results: ReadonlyArray<CaseResult>;
  readonly underTest: ReadonlyArray<string> | undefined;
  readonly national: string;
  readonly canonical: (name: string) => string;
}): ReadonlyArray<RunProblem> {
  const { selected, results, underTest, canonical } = args;
  const problems: RunProblem[] = [];
  if (selected.length === 0) {
    problems.push({
      code: "CONFORMANCE_NOTHING_SELECTED",
      en: "the run selected no case: check --cases (only *.yaml / *.yml files are read), --layer, --id / --grep and --rulebook",
      vi: "lượt chạy không chọn trường hợp nào: kiểm tra --cases (chỉ đọc tệp *.yaml / *.yml), --layer, --id / --grep và --rulebook",
    });
    return problems;
  }
  for (const plugin of (underTest ?? []).slice(1)) {
    if (plugin === args.national) continue;
    const own = selected.filter(
      (c) => c.case.layer === "province" && c.case.rulebook.some((id) => canonical(id) === plugin),
    );
    if (own.length === 0) {
      problems.push({
        code: "CONFORMANCE_NO_OWN_CASES",
        plugin,
        en: `plugin "${plugin}" has no case of its own in this run, so nothing here tests its rules: ship cases with it (export conformanceCases), pass them with --cases, or select the province layer`,
        vi: `plugin "${plugin}" không có trường hợp riêng nào trong lượt chạy này, nên không quy tắc nào của nó được kiểm tra: kèm trường hợp theo plugin (xuất conformanceCases), truyền bằng --cases, hoặc chọn lớp province`,
      });
      continue;
    }
    const ids = new Set(own.map((c) => c.case.id));
    const ran = results.filter((r) => ids.has(r.id));
    if (ran.length > 0 && ran.every((r) => r.status === "skipped")) {
      problems.push({
        code: "CONFORMANCE_ALL_SKIPPED",
        plugin,
        en: `every one of the ${ran.length} case(s) of plugin "${plugin}" was skipped, so nothing here tests its rules (first reason: ${ran[0]?.message ?? "?"})`,
        vi: `cả ${ran.length} trường hợp của plugin "${plugin}" đều bị bỏ qua, nên không quy tắc nào của nó được kiểm tra`,
      });
    }
  }
  if (results.length > 0 && results.every((r) => r.status === "skipped")) {
    problems.push({
      code: "CONFORMANCE_ALL_SKIPPED",
      en: `every one of the ${results.length} case(s) run was skipped, so the run tests nothing (first reason: ${results[0]?.message ?? "?"})`,
      vi: `cả ${results.length} trường hợp đều bị bỏ qua, nên lượt chạy không kiểm tra gì`,
    });
  }
  return problems;
}
