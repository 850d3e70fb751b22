/**
 * `planStaffing`: postal staff needed at one office, from its dossier volumes and the norms, with
 * an explanation of which norm drove each number.
 *
 * @module
 */
import { decode, MotcuaError } from "@motcua/core";
import { StaffingErrorCode } from "./StaffingError";
import { decodeStaffingNorms, type NormValue } from "./StaffingNorms";
import { StaffingInputSchema, type PlanLine, type StaffingPlan } from "./StaffingPlan";

/** `Math.ceil` that ignores floating-point dust (0.1 + 0.2 staff is not 1 staff more). */
const ceil = (x: number): number => Math.ceil(x - 1e-9);

const sourcesOf = (norms: ReadonlyArray<NormValue>) => ({
  sources: norms.map((n) => n.source),
  verified: norms.every((n) => n.verified),
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

/**
 * Plans postal staff for one office: employees needed by throughput (dossiers per employee per
 * day), by domain coverage (domains per employee) and, when the norms carry activity minutes, by
 * working time; the largest need is `required`; the reserve norm gives the `pool`. Every number
 * comes with the norm and source that drove it.
 *
 * Throws a coded `MotcuaError` on impossible input: `STAFFING_NEGATIVE_VOLUME`,
 * `STAFFING_ZERO_THROUGHPUT`, `STAFFING_RESERVE_BELOW_ONE`, `STAFFING_NO_SIZING_NORM`,
 * `STAFFING_MISSING_PAGES`, `STAFFING_INVALID_INPUT`, `STAFFING_INVALID_NORMS`. Inputs are never
 * mutated.
 *
 * @example
 * ```ts
 * import { haTinh2021StaffingNorms, planStaffing } from "@motcua/staffing";
 * const plan = planStaffing({ level: "district", volumes: [
 *   { domain: "Tư pháp", dossiersPerDay: 30 }, { domain: "Đất đai", dossiersPerDay: 15 },
 *   { domain: "Kinh tế", dossiersPerDay: 10 }, { domain: "Lao động", dossiersPerDay: 5 } ] }, haTinh2021StaffingNorms);
 * plan.required; // 4 — 60 dossiers ÷ 15 per employee (Kế hoạch 41/KH-UBND III.3.1.1)
 * plan.pool; // 5 — one spare (unverified reading of «có số dư»)
 * ```
 * @since 0.1.0
 * @category Plan
 */
export function planStaffing(input: unknown, norms: unknown): StaffingPlan {
  const req = decode(StaffingInputSchema, input, {
    code: StaffingErrorCode.InvalidInput,
    path: ["input"],
    label: { en: "staffing input", vi: "Dữ liệu lập kế hoạch nhân lực" },
  });
  const n = decodeStaffingNorms(norms);

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
  if (
    n.throughput === undefined &&
    (n.activityMinutes === undefined || n.workingMinutesPerDay === undefined)
  ) {
    fail(
      StaffingErrorCode.NoSizingNorm,
      ["norms"],
      `Định mức "${n.id}" không có năng suất (hồ sơ/nhân viên/ngày) hay mô hình thời gian hoạt động (Quyết định 2133/QĐ-BTTTT): không thể tính số nhân viên`,
      `Norms "${n.id}" give neither a throughput (dossiers/employee/day) nor an activity-time model (Quyết định 2133/QĐ-BTTTT): staff cannot be sized`,
      { normsId: n.id },
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

  if (n.throughput !== undefined) {
    const { min, max } = n.throughput;
    const staff = ceil(total / min.value);
    const atMax = max === undefined ? undefined : ceil(total / max.value);
    needs.throughput = {
      staff,
      norms: max ? [min, max] : [min],
      ...(atMax === undefined ? {} : { atMaxThroughput: atMax }),
    };
    lines.push({
      quantity: "byThroughput",
      value: staff,
      vi: `⌈${round2(total)} ÷ ${min.value}⌉ = ${staff} nhân viên (mỗi nhân viên tối thiểu ${min.value} hồ sơ/ngày)${atMax === undefined ? "" : `; ở mức ${max?.value} hồ sơ/ngày: ${atMax}`}`,
      en: `⌈${round2(total)} ÷ ${min.value}⌉ = ${staff} employee(s) (at least ${min.value} dossiers per employee per day)${atMax === undefined ? "" : `; at ${max?.value} dossiers/day: ${atMax}`}`,
      ...sourcesOf(needs.throughput.norms),
    });
  }

  const cov = n.domainCoverage;
  if (cov !== undefined) {
    if (cov.kind === "range") {
      const staff = ceil(domains / cov.max.value);
      needs.coverage = { staff, norms: [cov.max] };
      lines.push({
        quantity: "byCoverage",
        value: staff,
        vi: `⌈${domains} lĩnh vực ÷ ${cov.max.value}⌉ = ${staff} nhân viên (mỗi nhân viên tối đa ${cov.max.value} lĩnh vực)`,
        en: `⌈${domains} domains ÷ ${cov.max.value}⌉ = ${staff} employee(s) (at most ${cov.max.value} domains each)`,
        ...sourcesOf([cov.max]),
      });
    } else {
      lines.push({
        quantity: "byCoverage",
        value: 1,
        vi: "Mỗi nhân viên đảm đương nhiều lĩnh vực: số lĩnh vực không làm tăng số nhân viên",
        en: "Each employee covers many domains: the number of domains adds no staff",
        sources: [cov.source],
        verified: cov.verified,
      });
    }
  }

  if (n.activityMinutes !== undefined && n.workingMinutesPerDay !== undefined) {
    const a = n.activityMinutes;
    let guidance = 0;
    let receipt = 0;
    let digitisation = 0;
    let returns = 0;
    req.volumes.forEach((v, i) => {
      if (v.pagesPerDossier === undefined && a.digitisationPerPage.value > 0 && v.dossiersPerDay > 0)
        fail(
          StaffingErrorCode.MissingPages,
          ["input", "volumes", i, "pagesPerDossier"],
          `Cần số trang trung bình mỗi hồ sơ của lĩnh vực "${v.domain}" để tính thời gian số hóa`,
          `Domain "${v.domain}" needs pagesPerDossier to compute digitisation time`,
          { domain: v.domain },
        );
      guidance += (v.guidancePerDay ?? v.dossiersPerDay) * a.guidance.value;
      receipt += v.dossiersPerDay * a.receipt.value;
      digitisation += v.dossiersPerDay * (v.pagesPerDossier ?? 0) * a.digitisationPerPage.value;
      returns += (v.returnsPerDay ?? v.dossiersPerDay) * a.return.value;
    });
    const minutes = guidance + receipt + digitisation + returns;
    const used = [a.guidance, a.receipt, a.digitisationPerPage, a.return, n.workingMinutesPerDay];
    const staff = ceil(minutes / n.workingMinutesPerDay.value);
    needs.activityTime = { staff, minutesPerDay: round2(minutes), norms: used };
    lines.push({
      quantity: "byActivityTime",
      value: staff,
      vi: `Hướng dẫn ${round2(guidance)} + tiếp nhận ${round2(receipt)} + số hóa ${round2(digitisation)} + trả kết quả ${round2(returns)} = ${round2(minutes)} phút/ngày; ⌈${round2(minutes)} ÷ ${n.workingMinutesPerDay.value}⌉ = ${staff} nhân viên`,
      en: `Guidance ${round2(guidance)} + receipt ${round2(receipt)} + digitisation ${round2(digitisation)} + return ${round2(returns)} = ${round2(minutes)} min/day; ⌈${round2(minutes)} ÷ ${n.workingMinutesPerDay.value}⌉ = ${staff} employee(s)`,
      ...sourcesOf(used),
    });
  }

  const candidatesNeeds = [
    ["throughput", needs.throughput?.staff],
    ["coverage", needs.coverage?.staff],
    ["activityTime", needs.activityTime?.staff],
  ] as const;
  // The largest need wins; on a tie the first criterion listed (throughput, coverage, time) is named.
  let required = 0;
  let drivenBy: StaffingPlan["drivenBy"] = "minimum";
  for (const [name, staff] of candidatesNeeds) {
    if (staff !== undefined && staff > required) {
      required = staff;
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

  let reserve = 0;
  const r = n.reserve;
  if (r?.kind === "factor") {
    reserve = ceil(required * r.factor.value) - required;
    lines.push({
      quantity: "pool",
      value: required + reserve,
      vi: `⌈${required} × ${r.factor.value}⌉ = ${required + reserve} nhân viên được lựa chọn (${reserve} dự phòng)`,
      en: `⌈${required} × ${r.factor.value}⌉ = ${required + reserve} employees selected (${reserve} spare)`,
      ...sourcesOf([r.factor]),
    });
  } else if (r?.kind === "extra") {
    reserve = r.extra.value;
    lines.push({
      quantity: "pool",
      value: required + reserve,
      vi: `${required} + ${reserve} dự phòng = ${required + reserve} nhân viên`,
      en: `${required} + ${reserve} spare = ${required + reserve} employees`,
      ...sourcesOf([r.extra]),
    });
  } else {
    lines.push({
      quantity: "pool",
      value: required,
      vi: `Định mức không quy định dự phòng: ${required} nhân viên`,
      en: `The norms set no reserve: ${required} employees`,
      sources: [],
      verified: true,
    });
  }
  const pool = required + reserve;

  for (const q of n.qualifications) {
    lines.push({
      quantity: "qualification",
      value: q.id,
      vi: q.vi,
      en: q.en,
      sources: [q.source],
      verified: q.verified,
    });
  }

  let candidates: StaffingPlan["candidates"];
  if (req.candidates !== undefined) {
    const lacking = req.candidates
      .map((c) => ({
        id: c.id,
        lacks: n.qualifications.map((q) => q.id).filter((id) => !c.qualifications.includes(id)),
      }))
      .filter((c) => c.lacks.length > 0);
    const qualified = req.candidates.length - lacking.length;
    candidates = { qualified, lacking, enough: qualified >= pool };
    lines.push({
      quantity: "candidates",
      value: qualified,
      vi: `${qualified}/${req.candidates.length} ứng viên đủ điều kiện; cần ${pool}${qualified >= pool ? "" : " — chưa đủ"}`,
      en: `${qualified}/${req.candidates.length} candidates qualify; ${pool} needed${qualified >= pool ? "" : " — not enough"}`,
      sources: n.qualifications.map((q) => q.source),
      verified: n.qualifications.every((q) => q.verified),
    });
  }

  const reference =
    req.level === undefined ? undefined : n.civilServantsFreed.find((x) => x.level === req.level);
  let freed: StaffingPlan["civilServantsFreed"];
  if (req.civilServantsAtCounter !== undefined || reference !== undefined) {
    freed = {
      ...(req.civilServantsAtCounter === undefined ? {} : { atCounter: req.civilServantsAtCounter }),
      ...(reference === undefined ? {} : { reference: { min: reference.min, max: reference.max } }),
    };
    const ref = reference === undefined ? "" : ` (tham chiếu: ${reference.min.value}–${reference.max.value})`;
    const refEn =
      reference === undefined ? "" : ` (reference: ${reference.min.value}–${reference.max.value})`;
    lines.push({
      quantity: "civilServantsFreed",
      value: req.civilServantsAtCounter ?? `${reference?.min.value}–${reference?.max.value}`,
      vi: `Công chức được giải phóng khỏi quầy: ${req.civilServantsAtCounter ?? "chưa cho biết"}${ref}`,
      en: `Civil servants freed from the counter: ${req.civilServantsAtCounter ?? "not given"}${refEn}`,
      ...sourcesOf(reference === undefined ? [] : [reference.min, reference.max]),
    });
  }

  return {
    normsId: n.id,
    ...(req.officeId === undefined ? {} : { officeId: req.officeId }),
    ...(req.level === undefined ? {} : { level: req.level }),
    dossiersPerDay: round2(total),
    domains,
    needs,
    required,
    drivenBy,
    reserve,
    pool,
    qualifications: n.qualifications,
    ...(candidates === undefined ? {} : { candidates }),
    ...(freed === undefined ? {} : { civilServantsFreed: freed }),
    explanation: lines,
  };
}
