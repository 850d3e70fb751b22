/** The playground's texts: Vietnamese first, English on the toggle. */
export type Lang = "vi" | "en";

export const TEXTS = {
  title: { vi: "Bộ phận Một cửa — tính ngày hẹn trả", en: "One-stop counter — appointed return date" },
  tabDeadline: { vi: "Tính hạn", en: "Deadline" },
  tabReport: { vi: "Báo cáo kiểm thử", en: "Conformance report" },
  api: { vi: "Tài liệu API", en: "API reference" },
  province: { vi: "Tỉnh (bộ quy tắc)", en: "Province (rulebook)" },
  national: { vi: "Toàn quốc", en: "National" },
  days: { vi: "Thời hạn giải quyết (ngày làm việc)", en: "Processing time (working days)" },
  channel: { vi: "Kênh nộp", en: "Channel" },
  channelCounter: { vi: "Trực tiếp tại quầy", en: "At the counter" },
  channelPostal: { vi: "Qua bưu chính (BCCI)", en: "By post (BCCI)" },
  channelOnline: { vi: "Trực tuyến", en: "Online" },
  receivedAt: { vi: "Thời điểm tiếp nhận (giờ Việt Nam)", en: "Received at (Vietnam time)" },
  compute: { vi: "Tính ngày hẹn trả", en: "Compute the return date" },
  due: { vi: "Ngày hẹn trả kết quả", en: "Appointed return date" },
  calendar: { vi: "Lịch làm việc", en: "Working calendar" },
  timeline: { vi: "Diễn giải", en: "Explanation" },
  kindHoliday: { vi: "Ngày lễ", en: "Holiday" },
  kindCompensatory: { vi: "Nghỉ bù", en: "Compensatory day off" },
  kindMakeUp: { vi: "Thứ Bảy làm bù", en: "Make-up Saturday" },
  kindLocal: { vi: "Nghỉ của địa phương", en: "Local day off" },
  counted: { vi: "Ngày được tính", en: "Counted day" },
  skipped: { vi: "Ngày bỏ qua", en: "Skipped day" },
  countsLine: {
    vi: "{counted} ngày làm việc được tính, {skipped} ngày nghỉ bỏ qua",
    en: "{counted} working days counted, {skipped} days off skipped",
  },
  unverified: { vi: "chưa xác minh", en: "unverified" },
  source: { vi: "Nguồn", en: "Source" },
  reportFile: {
    vi: "Tệp kết quả JSON (motcua-conformance --format json)",
    en: "JSON results file (motcua-conformance --format json)",
  },
  status: { vi: "Trạng thái", en: "Status" },
  all: { vi: "Tất cả", en: "All" },
  passed: { vi: "Đạt", en: "Passed" },
  failed: { vi: "Không đạt", en: "Failed" },
  skippedStatus: { vi: "Bỏ qua", en: "Skipped" },
  search: { vi: "Tìm", en: "Search" },
  colStatus: { vi: "Trạng thái", en: "Status" },
  colCase: { vi: "Trường hợp", en: "Case" },
  colLayer: { vi: "Tầng", en: "Layer" },
  colCheck: { vi: "Kiểm tra", en: "Check" },
  colRulebook: { vi: "Bộ quy tắc", en: "Rulebook" },
  colMessage: { vi: "Thông điệp", en: "Message" },
  colSource: { vi: "Nguồn", en: "Source" },
  summary: {
    vi: "{passed} đạt, {failed} không đạt, {skipped} bỏ qua / {total} — hiển thị {shown}",
    en: "{passed} passed, {failed} failed, {skipped} skipped / {total} — showing {shown}",
  },
  badReport: { vi: "Tệp không phải kết quả motcua-conformance", en: "Not a motcua-conformance results file" },
  weekdays: { vi: "T2,T3,T4,T5,T6,T7,CN", en: "Mon,Tue,Wed,Thu,Fri,Sat,Sun" },
  month: { vi: "Tháng {month}/{year}", en: "{year}-{month}" },
} as const;

export type TextKey = keyof typeof TEXTS;

export const t = (lang: Lang, key: TextKey, vars: Record<string, string | number> = {}): string =>
  TEXTS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ""));
