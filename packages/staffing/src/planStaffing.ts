/**
 * `planStaffing`: postal staff needed at one office, from its dossier volumes and the rulebook's
 * staffing rules, with an explanation of which rule drove each number.
 *
 * @module
 */
import { decode, formatErrorPath, isMotcuaError, MotcuaError, type SourcedRule } from "@motcua/core";
import type * as z from "zod";
import { safeParse } from "zod/mini";
import { StaffingErrorCode } from "./StaffingError";
import { StaffingInputSchema, type PlanLine, type StaffingInput, type StaffingPlan } from "./StaffingPlan";
import { staffingSlot, type NormValue, type StaffingRules } from "./staffingSlot";

/** `Math.ceil` / `Math.floor` that ignore floating-point dust (0.1 + 0.2 staff is not 1 staff more). */
const ceil = (x: number): number => Math.ceil(x - 1e-9);
const floor = (x: number): number => Math.floor(x + 1e-9);

const sourcesOf = (norms: ReadonlyArray<NormValue>) => ({
  sources: norms.map((n) => n.source),
  verified: norms.every((n) => n.verified),
});

const norm = (value: number, rule: SourcedRule<unknown>): NormValue => ({
  value,
  source: rule.legalRef,
  verified: rule.verified,
});

const round2 = (x: number): number => Math.round(x * 100) / 100;

const fail = (
  code: string,
  path: ReadonlyArray<string | number>,
  vi: string,
  en: string,
  data = {},
): never => {
  throw new MotcuaError({ code, path, vi, en, data });
};

const checked = new WeakMap<object, true>();

/** Checks a slice written by hand (a composed rulebook's slice was validated by the plugin SDK). */
function assertRules(rules: unknown): StaffingRules {
  try {
    return checkRules(rules);
  } catch (e) {
    if (isMotcuaError(e)) throw e;
    return fail(
      StaffingErrorCode.InvalidNorms,
      ["rules"],
      "Không đọc được quy tắc định mức",
      "The staffing rules could not be read",
    );
  }
}

function checkRules(rules: unknown): StaffingRules {
  if (typeof rules !== "object" || rules === null || Array.isArray(rules))
    return fail(
      StaffingErrorCode.InvalidNorms,
      ["rules"],
      "Cần phần định mức nhân lực (staffing) của bộ quy tắc",
      "Expected the staffing slice of a rulebook",
    );
  if (checked.has(rules)) return rules as StaffingRules;
  for (const [key, rule] of Object.entries(rules)) {
    const def = (staffingSlot.keys as Readonly<Record<string, { schema: z.core.$ZodType }>>)[key];
    if (def === undefined)
      fail(
        StaffingErrorCode.InvalidNorms,
        ["rules", key],
        `Khóa "${key}" không tồn tại`,
        `Unknown key "${key}"`,
      );
    if (typeof rule !== "object" || rule === null || !("value" in rule) || !("legalRef" in rule))
      fail(
        StaffingErrorCode.InvalidNorms,
        ["rules", key],
        "Cần { value, legalRef, verified }",
        "Expected { value, legalRef, verified }",
      );
    const parsed = def === undefined ? undefined : safeParse(def.schema, (rule as { value: unknown }).value);
    if (parsed !== undefined && !parsed.success) {
      const path = ["rules", key, "value", ...(parsed.error.issues[0]?.path ?? []).map(String)];
      fail(
        StaffingErrorCode.InvalidNorms,
        path,
        `Định mức không hợp lệ tại ${formatErrorPath(path)}`,
        `Invalid staffing rule at ${formatErrorPath(path)}: ${parsed.error.issues[0]?.message ?? "invalid"}`,
      );
    }
  }
  checked.set(rules, true);
  return rules as StaffingRules;
}

/**
 * Plans postal staff for one office under the rulebook's staffing rules
 * (`sliceOf(rulebook, "staffing")`):
 *
 * - needs: by capacity (`capacityPerEmployee`), by domain coverage (`domainsPerEmployee.max`) and,
 *   with `activityMinutes` and `workingMinutesPerDay`, by working time; the largest need (at least
 *   one at the counter) is `required`;
 * - the minimum workload (`minimumWorkload`, e.g. «tối thiểu mỗi nhân viên tiếp nhận 15-20 hồ
 *   sơ/ngày») is a floor per employee, so it **caps** the staff at `⌊dossiers ÷ min⌋`: `range` is
 *   `required`…cap, and `workload.met` says whether the volume is enough to give each employee
 *   their minimum (when it is not, coverage or the one-at-the-counter minimum binds);
 * - `staffOnDuty`, when the input gives it (a plan's staff list), is one more need: the reserve,
 *   pool and qualifications follow even when the rules have no sizing norm;
 * - `reserve` gives the `pool`.
 *
 * Every number comes with the rule and source that drove it. Throws a coded `MotcuaError`:
 * `STAFFING_NO_SIZING_NORM` when the rules give nothing to size staff with and the input no
 * `staffOnDuty` (a rulebook without
 * staffing rules gets this, never a built-in figure), `STAFFING_NEGATIVE_VOLUME`,
 * `STAFFING_MISSING_PAGES`, `STAFFING_INVALID_INPUT`, `STAFFING_INVALID_NORMS`. Inputs are never
 * mutated.
 *
 * @example
 * ```ts
 * import { planStaffing } from "@motcua/staffing";
 * import { national } from "@motcua/national";
 * import { composeRulebook, sliceOf, type Plugin } from "@motcua/plugin-sdk";
 * declare const myProvince: Plugin; // 1–3 domains each, at least 15–20 dossiers a day each
 * const rules = sliceOf(composeRulebook([national, myProvince], { asOf: "2021-06-01" }), "staffing");
 * const plan = planStaffing({ level: "district", volumes: [
 *   { domain: "Tư pháp", dossiersPerDay: 30 }, { domain: "Đất đai", dossiersPerDay: 15 },
 *   { domain: "Kinh tế", dossiersPerDay: 10 }, { domain: "Lao động", dossiersPerDay: 5 } ] }, rules);
 * plan.range; // { min: 2, max: 4 } — 4 domains ÷ 3 per employee; 60 dossiers ÷ at least 15 each
 * ```
 * @since 0.1.0
 * @category Plan
 */
export function planStaffing(input: StaffingInput, rules: StaffingRules): StaffingPlan;
export function planStaffing(input: unknown, rules: unknown): StaffingPlan {
  const req = decode(StaffingInputSchema, input, {
    code: StaffingErrorCode.InvalidInput,
    path: ["input"],
    label: { en: "staffing input", vi: "Dữ liệu lập kế hoạch nhân lực" },
  });
  const r = assertRules(rules);

  req.volumes.forEach((v, i) => {
    for (const key of ["dossiersPerDay", "guidancePerDay", "returnsPerDay", "pagesPerDossier"] as const) {
      const x = v[key];
      if (x !== undefined && x < 0)
        fail(
          StaffingErrorCode.NegativeVolume,
          ["input", "volumes", i, key],
          `Số lượng âm không hợp lệ: ${x} (lĩnh vực "${v.domain}")`,
          `Negative quantity is impossible: ${x} (domain "${v.domain}")`,
          { domain: v.domain, value: x },
        );
    }
  });
  const coverage = r.domainsPerEmployee?.value.max === undefined ? undefined : r.domainsPerEmployee;
  const activity =
    r.activityMinutes !== undefined && r.workingMinutesPerDay !== undefined
      ? { minutes: r.activityMinutes, day: r.workingMinutesPerDay }
      : undefined;
  if (
    r.capacityPerEmployee === undefined &&
    coverage === undefined &&
    activity === undefined &&
    req.staffOnDuty === undefined
  ) {
    fail(
      StaffingErrorCode.NoSizingNorm,
      ["rules"],
      "Bộ quy tắc không có định mức để tính số nhân viên (staffing.capacityPerEmployee, staffing.domainsPerEmployee.max, hay staffing.activityMinutes với staffing.workingMinutesPerDay theo Quyết định 2133/QĐ-BTTTT)",
      "The rulebook gives nothing to size staff with (staffing.capacityPerEmployee, staffing.domainsPerEmployee.max, or staffing.activityMinutes with staffing.workingMinutesPerDay, Quyết định 2133/QĐ-BTTTT)",
      { rules: ["staffing.capacityPerEmployee", "staffing.domainsPerEmployee", "staffing.activityMinutes"] },
    );
  }

  const total = req.volumes.reduce((s, v) => s + v.dossiersPerDay, 0);
  const domains = req.volumes.length;
  const lines: PlanLine[] = [
    {
      quantity: "dossiersPerDay",
      value: round2(total),
      vi: `${round2(total)} hồ sơ/ngày trên ${domains} lĩnh vực`,
      en: `${round2(total)} dossiers/day across ${domains} domain(s)`,
      sources: [],
      verified: true,
    },
  ];
  const needs: { -readonly [K in keyof StaffingPlan["needs"]]: StaffingPlan["needs"][K] } = {};

  if (r.capacityPerEmployee !== undefined) {
    const cap = norm(r.capacityPerEmployee.value, r.capacityPerEmployee);
    const staff = ceil(total / cap.value);
    needs.capacity = { staff, norms: [cap] };
    lines.push({
      quantity: "byCapacity",
      value: staff,
      vi: `⌈${round2(total)} ÷ ${cap.value}⌉ = ${staff} nhân viên (mỗi nhân viên tiếp nhận được ${cap.value} hồ sơ/ngày)`,
      en: `⌈${round2(total)} ÷ ${cap.value}⌉ = ${staff} employee(s) (each can receive ${cap.value} dossiers/day)`,
      ...sourcesOf([cap]),
    });
  }

  if (coverage !== undefined) {
    const max = norm(coverage.value.max as number, coverage);
    const staff = ceil(domains / max.value);
    needs.coverage = { staff, norms: [max] };
    lines.push({
      quantity: "byCoverage",
      value: staff,
      vi: `⌈${domains} lĩnh vực ÷ ${max.value}⌉ = ${staff} nhân viên (mỗi nhân viên tối đa ${max.value} lĩnh vực)`,
      en: `⌈${domains} domains ÷ ${max.value}⌉ = ${staff} employee(s) (at most ${max.value} domains each)`,
      ...sourcesOf([max]),
    });
  } else if (r.domainsPerEmployee !== undefined) {
    lines.push({
      quantity: "byCoverage",
      value: 1,
      vi: "Mỗi nhân viên đảm đương nhiều lĩnh vực: số lĩnh vực không làm tăng số nhân viên",
      en: "Each employee covers many domains: the number of domains adds no staff",
      sources: [r.domainsPerEmployee.legalRef],
      verified: r.domainsPerEmployee.verified,
    });
  }

  if (activity !== undefined) {
    const a = activity.minutes.value;
    let guidance = 0;
    let receipt = 0;
    let digitisation = 0;
    let returns = 0;
    req.volumes.forEach((v, i) => {
      if (v.pagesPerDossier === undefined && a.digitisationPerPage > 0 && v.dossiersPerDay > 0)
        fail(
          StaffingErrorCode.MissingPages,
          ["input", "volumes", i, "pagesPerDossier"],
          `Cần số trang trung bình mỗi hồ sơ của lĩnh vực "${v.domain}" để tính thời gian số hóa`,
          `Domain "${v.domain}" needs pagesPerDossier to compute digitisation time`,
          { domain: v.domain },
        );
      guidance += (v.guidancePerDay ?? v.dossiersPerDay) * a.guidance;
      receipt += v.dossiersPerDay * a.receipt;
      digitisation += v.dossiersPerDay * (v.pagesPerDossier ?? 0) * a.digitisationPerPage;
      returns += (v.returnsPerDay ?? v.dossiersPerDay) * a.return;
    });
    const minutes = guidance + receipt + digitisation + returns;
    const day = norm(activity.day.value, activity.day);
    const used = [
      norm(a.guidance, activity.minutes),
      norm(a.receipt, activity.minutes),
      norm(a.digitisationPerPage, activity.minutes),
      norm(a.return, activity.minutes),
      day,
    ];
    const staff = ceil(minutes / day.value);
    needs.activityTime = { staff, minutesPerDay: round2(minutes), norms: used };
    lines.push({
      quantity: "byActivityTime",
      value: staff,
      vi: `Hướng dẫn ${round2(guidance)} + tiếp nhận ${round2(receipt)} + số hóa ${round2(digitisation)} + trả kết quả ${round2(returns)} = ${round2(minutes)} phút/ngày; ⌈${round2(minutes)} ÷ ${day.value}⌉ = ${staff} nhân viên`,
      en: `Guidance ${round2(guidance)} + receipt ${round2(receipt)} + digitisation ${round2(digitisation)} + return ${round2(returns)} = ${round2(minutes)} min/day; ⌈${round2(minutes)} ÷ ${day.value}⌉ = ${staff} employee(s)`,
      ...sourcesOf(used),
    });
  }

  if (req.staffOnDuty !== undefined) {
    needs.given = { staff: req.staffOnDuty, norms: [] };
    lines.push({
      quantity: "byGiven",
      value: req.staffOnDuty,
      vi: `${req.staffOnDuty} nhân viên trực theo số được giao (staffOnDuty)`,
      en: `${req.staffOnDuty} employee(s) on duty as given (staffOnDuty)`,
      sources: [],
      verified: true,
    });
  }

  // The largest need wins; on a tie the first criterion listed (capacity, coverage, time, given) is named.
  let required = 0;
  let drivenBy: StaffingPlan["drivenBy"] = "minimum";
  for (const [name, need] of [
    ["capacity", needs.capacity],
    ["coverage", needs.coverage],
    ["activityTime", needs.activityTime],
    ["given", needs.given],
  ] as const) {
    if (need !== undefined && need.staff > required) {
      required = need.staff;
      drivenBy = name;
    }
  }
  if (required < 1) {
    required = 1;
    drivenBy = "minimum";
  }
  const driver = lines.find((l) => l.quantity === `by${drivenBy[0]?.toUpperCase()}${drivenBy.slice(1)}`);
  lines.push({
    quantity: "required",
    value: required,
    vi:
      drivenBy === "minimum"
        ? `${required} nhân viên: tối thiểu một người trực quầy`
        : `${required} nhân viên trực: nhu cầu lớn nhất (${drivenBy})`,
    en:
      drivenBy === "minimum"
        ? `${required} employee: at least one person at the counter`
        : `${required} employee(s) on duty: the largest need (${drivenBy})`,
    sources: driver?.sources ?? [],
    verified: driver?.verified ?? true,
  });

  let workload: StaffingPlan["workload"];
  if (r.minimumWorkload !== undefined) {
    const w = r.minimumWorkload;
    const lo = norm(w.value.min, w);
    const maxStaff = lo.value > 0 ? floor(total / lo.value) : Number.POSITIVE_INFINITY;
    const strict =
      w.value.max === undefined || w.value.max === w.value.min ? undefined : floor(total / w.value.max);
    const met = maxStaff >= required;
    const used = w.value.max === undefined ? [lo] : [lo, norm(w.value.max, w)];
    workload = {
      maxStaff: Number.isFinite(maxStaff) ? maxStaff : required,
      ...(strict === undefined ? {} : { maxStaffAtStrictEnd: strict }),
      met,
      norms: used,
    };
    const band = w.value.max === undefined ? `${lo.value}` : `${lo.value}–${w.value.max}`;
    lines.push({
      quantity: "workloadCap",
      value: workload.maxStaff,
      vi: met
        ? `Mỗi nhân viên tiếp nhận tối thiểu ${band} hồ sơ/ngày: tối đa ⌊${round2(total)} ÷ ${lo.value}⌋ = ${workload.maxStaff} nhân viên${strict === undefined ? "" : ` (⌊${round2(total)} ÷ ${w.value.max}⌋ = ${strict} ở mức ${w.value.max})`}`
        : `Mỗi nhân viên tiếp nhận tối thiểu ${band} hồ sơ/ngày, nhưng ${round2(total)} hồ sơ/ngày không đủ cho ${required} nhân viên: định mức tối thiểu không đạt được ở khối lượng này; ${drivenBy === "minimum" ? "tối thiểu một người trực quầy" : "số lĩnh vực"} quyết định`,
      en: met
        ? `Each employee must receive at least ${band} dossiers/day: at most ⌊${round2(total)} ÷ ${lo.value}⌋ = ${workload.maxStaff} employee(s)${strict === undefined ? "" : ` (⌊${round2(total)} ÷ ${w.value.max}⌋ = ${strict} at ${w.value.max})`}`
        : `Each employee must receive at least ${band} dossiers/day, but ${round2(total)} dossiers/day cannot give that to ${required} employee(s): the minimum workload cannot be met at this volume; ${drivenBy === "minimum" ? "one person at the counter" : drivenBy} binds`,
      ...sourcesOf(used),
    });
  }
  const range = workload?.met === true ? { min: required, max: workload.maxStaff } : { min: required };

  let reserve = 0;
  const rv = r.reserve;
  if (rv?.value.kind === "factor") {
    reserve = ceil(required * rv.value.factor) - required;
    lines.push({
      quantity: "pool",
      value: required + reserve,
      vi: `⌈${required} × ${rv.value.factor}⌉ = ${required + reserve} nhân viên được lựa chọn (${reserve} dự phòng)`,
      en: `⌈${required} × ${rv.value.factor}⌉ = ${required + reserve} employees selected (${reserve} spare)`,
      ...sourcesOf([norm(rv.value.factor, rv)]),
    });
  } else if (rv?.value.kind === "extra") {
    reserve = rv.value.extra;
    lines.push({
      quantity: "pool",
      value: required + reserve,
      vi: `${required} + ${reserve} dự phòng = ${required + reserve} nhân viên`,
      en: `${required} + ${reserve} spare = ${required + reserve} employees`,
      ...sourcesOf([norm(rv.value.extra, rv)]),
    });
  } else {
    lines.push({
      quantity: "pool",
      value: required,
      vi: `Bộ quy tắc không quy định dự phòng: ${required} nhân viên`,
      en: `The rulebook sets no reserve: ${required} employees`,
      sources: [],
      verified: true,
    });
  }
  const pool = required + reserve;

  const qualifications = (r.qualifications?.value ?? []).map((q) => ({
    ...q,
    source: (r.qualifications as SourcedRule<unknown>).legalRef,
    verified: (r.qualifications as SourcedRule<unknown>).verified,
  }));
  for (const q of qualifications)
    lines.push({
      quantity: "qualification",
      value: q.id,
      vi: q.vi,
      en: q.en,
      sources: [q.source],
      verified: q.verified,
    });

  let candidates: StaffingPlan["candidates"];
  if (req.candidates !== undefined) {
    const lacking = req.candidates
      .map((c) => ({
        id: c.id,
        lacks: qualifications.map((q) => q.id).filter((id) => !c.qualifications.includes(id)),
      }))
      .filter((c) => c.lacks.length > 0);
    const qualified = req.candidates.length - lacking.length;
    candidates = { qualified, lacking, enough: qualified >= pool };
    lines.push({
      quantity: "candidates",
      value: qualified,
      vi: `${qualified}/${req.candidates.length} ứng viên đủ điều kiện; cần ${pool}${qualified >= pool ? "" : " — chưa đủ"}`,
      en: `${qualified}/${req.candidates.length} candidates qualify; ${pool} needed${qualified >= pool ? "" : " — not enough"}`,
      sources: qualifications.map((q) => q.source),
      verified: qualifications.every((q) => q.verified),
    });
  }

  const freedRule = r.civilServantsFreed;
  const ref = req.level === undefined ? undefined : freedRule?.value.find((x) => x.level === req.level);
  const reference =
    ref === undefined || freedRule === undefined
      ? undefined
      : { min: norm(ref.min, freedRule), max: norm(ref.max, freedRule) };
  let freed: StaffingPlan["civilServantsFreed"];
  if (req.civilServantsAtCounter !== undefined || reference !== undefined) {
    freed = {
      ...(req.civilServantsAtCounter === undefined ? {} : { atCounter: req.civilServantsAtCounter }),
      ...(reference === undefined ? {} : { reference }),
    };
    const span = reference === undefined ? "" : `${reference.min.value}–${reference.max.value}`;
    lines.push({
      quantity: "civilServantsFreed",
      value: req.civilServantsAtCounter ?? span,
      vi: `Công chức được giải phóng khỏi quầy: ${req.civilServantsAtCounter ?? "chưa cho biết"}${span === "" ? "" : ` (tham chiếu: ${span})`}`,
      en: `Civil servants freed from the counter: ${req.civilServantsAtCounter ?? "not given"}${span === "" ? "" : ` (reference: ${span})`}`,
      ...sourcesOf(reference === undefined ? [] : [reference.min, reference.max]),
    });
  }

  const plugins = [
    r.capacityPerEmployee,
    r.domainsPerEmployee,
    r.minimumWorkload,
    r.reserve,
    r.activityMinutes,
  ]
    .flatMap((x) => x?.plugins ?? [])
    .filter((p, i, all) => all.indexOf(p) === i);
  return {
    plugins,
    ...(req.officeId === undefined ? {} : { officeId: req.officeId }),
    ...(req.level === undefined ? {} : { level: req.level }),
    dossiersPerDay: round2(total),
    domains,
    needs,
    ...(workload === undefined ? {} : { workload }),
    range,
    required,
    drivenBy,
    reserve,
    pool,
    qualifications,
    ...(candidates === undefined ? {} : { candidates }),
    ...(freed === undefined ? {} : { civilServantsFreed: freed }),
    explanation: lines,
  };
}
