/**
 * The motcua playground: the appointed return date of a dossier with its explanation and the
 * working calendar, and a viewer for conformance results files. Talks only to the server it is
 * served by.
 */
import { t, type Lang, type TextKey } from "./i18n";

interface LegalRef {
  document: string;
  article?: string;
  clause?: string;
  verified: boolean;
  note?: string;
  title?: string;
}
interface Day {
  date: string;
  weekday: number;
  working: boolean;
  kind: string;
  name?: string;
  nameEn?: string;
  legalRef?: LegalRef;
}
interface Explained {
  dueAt: string;
  receivedAt: string;
  startedAt: string;
  counted: string[];
  skipped: string[];
  timeline: Array<{ at: string; kind: string; vi: string; en: string; legalRef?: LegalRef }>;
}
interface CaseRow {
  id: string;
  title: string;
  layer: string;
  check: string;
  rulebook: string[];
  status: string;
  message: string;
  source: string;
}

let lang: Lang = "vi";
let lastExplained: { data: Explained; months: Array<{ year: number; month: number; days: Day[] }> } | null =
  null;
let report: { cases: CaseRow[]; header: string } | null = null;

const $ = <T extends HTMLElement>(selector: string): T => {
  const el = document.querySelector<T>(selector);
  if (el === null) throw new Error(`missing ${selector}`);
  return el;
};

const el = (tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

const cite = (ref: LegalRef): string =>
  [
    ref.document,
    ref.article === undefined ? "" : `${lang === "vi" ? "Điều" : "Art."} ${ref.article}`,
    ref.clause === undefined ? "" : `${lang === "vi" ? "khoản" : "cl."} ${ref.clause}`,
  ]
    .filter((s) => s !== "")
    .join(", ");

function applyTexts(): void {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    node.textContent = t(lang, node.dataset["i18n"] as TextKey);
  }
  const toggle = $("#lang-toggle");
  toggle.textContent = lang === "vi" ? "English" : "Tiếng Việt";
  toggle.setAttribute("lang", lang === "vi" ? "en" : "vi");
  for (const option of $<HTMLSelectElement>("#province").options) {
    if (option.value === "") option.textContent = t(lang, "national");
  }
  if (lastExplained !== null) renderResult();
  if (report !== null) renderReport();
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as T & { vi?: string; en?: string; code?: string };
  if (!res.ok) throw new Error(`${json.code ?? res.status}: ${(lang === "vi" ? json.vi : json.en) ?? ""}`);
  return json;
}

async function loadProvinces(): Promise<void> {
  const res = await fetch("./v1/rulebooks");
  const { rulebooks } = (await res.json()) as { rulebooks: Array<{ ids: string[] }> };
  const select = $<HTMLSelectElement>("#province");
  select.replaceChildren();
  for (const rb of rulebooks) {
    const province = rb.ids[1] ?? "";
    const option = el("option", { value: province }, province === "" ? t(lang, "national") : province);
    select.append(option);
  }
}

const monthsBetween = (from: string, to: string): Array<{ year: number; month: number }> => {
  const out: Array<{ year: number; month: number }> = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while ((y < endY || (y === endY && m <= endM)) && out.length < 14) {
    out.push({ year: y, month: m });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
};

async function compute(event: Event): Promise<void> {
  event.preventDefault();
  const error = $("#error");
  error.hidden = true;
  const province = $<HTMLSelectElement>("#province").value;
  const rulebook = province === "" ? {} : { province };
  const local = $<HTMLInputElement>("#received").value;
  const receivedAt = `${local.length === 16 ? `${local}:00` : local}+07:00`;
  try {
    const data = await post<Explained>("./v1/explain/deadline", {
      rulebook,
      input: {
        processingDays: Number($<HTMLInputElement>("#days").value),
        channel: $<HTMLSelectElement>("#channel").value,
        receivedAt,
      },
    });
    const months = await Promise.all(
      monthsBetween(data.receivedAt, data.dueAt).map((ym) =>
        post<{ year: number; month: number; days: Day[] }>("./v1/calendar/month", { rulebook, ...ym }),
      ),
    );
    lastExplained = { data, months };
    renderResult();
  } catch (e) {
    lastExplained = null;
    $("#result").hidden = true;
    error.textContent = (e as Error).message;
    error.hidden = false;
  }
}

function renderResult(): void {
  if (lastExplained === null) return;
  const { data, months } = lastExplained;
  $("#result").hidden = false;
  const [date, time] = [data.dueAt.slice(0, 10), data.dueAt.slice(11, 16)];
  const [y, m, d] = date.split("-");
  $("#due").textContent = lang === "vi" ? `${time} ngày ${d}/${m}/${y}` : `${date} ${time}`;
  $("#due").dataset["dueAt"] = data.dueAt;
  $("#counts").textContent = t(lang, "countsLine", {
    counted: data.counted.length,
    skipped: data.skipped.length,
  });
  const counted = new Set(data.counted);
  const skipped = new Set(data.skipped);
  const receivedDay = data.receivedAt.slice(0, 10);
  const dueDay = data.dueAt.slice(0, 10);
  const container = $("#months");
  container.replaceChildren();
  for (const month of months) {
    const table = el("table", { class: "month" });
    table.append(el("caption", {}, t(lang, "month", { month: month.month, year: month.year })));
    const head = el("tr");
    for (const w of t(lang, "weekdays").split(",")) head.append(el("th", {}, w));
    const thead = el("thead");
    thead.append(head);
    table.append(thead);
    const body = el("tbody");
    table.append(body);
    let row = el("tr");
    const lead = ((month.days[0]?.weekday ?? 1) + 6) % 7;
    for (let i = 0; i < lead; i++) row.append(el("td", { class: "pad" }));
    for (const day of month.days) {
      const classes = ["day", day.kind, day.working ? "working" : "off"];
      if (counted.has(day.date)) classes.push("counted");
      if (skipped.has(day.date)) classes.push("skipped");
      if (day.date === receivedDay) classes.push("received");
      if (day.date === dueDay) classes.push("due");
      const name = lang === "vi" ? day.name : (day.nameEn ?? day.name);
      const cell = el("td", {
        class: classes.join(" "),
        "data-date": day.date,
        "data-kind": day.kind,
        title: [day.date, name, day.legalRef === undefined ? "" : cite(day.legalRef)]
          .filter(Boolean)
          .join(" — "),
      });
      cell.textContent = String(Number(day.date.slice(8, 10)));
      row.append(cell);
      if (row.children.length === 7) {
        body.append(row);
        row = el("tr");
      }
    }
    if (row.children.length > 0) body.append(row);
    container.append(table);
  }
  const list = $("#timeline");
  list.replaceChildren();
  for (const entry of data.timeline) {
    const item = el("li", { class: `entry ${entry.kind}`, "data-kind": entry.kind });
    item.append(el("span", { class: "text" }, lang === "vi" ? entry.vi : entry.en));
    if (entry.legalRef !== undefined) {
      const source = el("span", { class: `source${entry.legalRef.verified ? "" : " unverified"}` });
      source.textContent = `${t(lang, "source")}: ${cite(entry.legalRef)}`;
      if (!entry.legalRef.verified)
        source.append(el("em", { class: "badge" }, ` [${t(lang, "unverified")}]`));
      if (entry.legalRef.note !== undefined) source.title = entry.legalRef.note;
      item.append(el("br"), source);
    }
    list.append(item);
  }
}

function loadReport(text: string): void {
  const json = JSON.parse(text) as {
    suite?: string;
    cases?: CaseRow[];
    plugins?: Array<{ id: string; version: string }>;
    target?: { url?: string; name?: string; version?: string } | null;
  };
  if (!Array.isArray(json.cases)) throw new Error(t(lang, "badReport"));
  const under =
    json.target !== undefined && json.target !== null
      ? `${json.target.name ?? ""} ${json.target.version ?? ""} (${json.target.url ?? ""})`
      : (json.plugins ?? []).map((p) => `${p.id}@${p.version}`).join(" + ");
  report = { cases: json.cases, header: `${json.suite ?? ""} · ${under}` };
  renderReport();
}

function renderReport(): void {
  if (report === null) return;
  const status = $<HTMLSelectElement>("#status-filter").value;
  const query = $<HTMLInputElement>("#search").value.trim().toLowerCase();
  const shown = report.cases.filter(
    (c) =>
      (status === "" || c.status === status) &&
      (query === "" || `${c.id} ${c.title} ${c.check} ${c.message}`.toLowerCase().includes(query)),
  );
  const count = (s: string) => report?.cases.filter((c) => c.status === s).length ?? 0;
  $("#report-summary").textContent = `${report.header} — ${t(lang, "summary", {
    passed: count("passed"),
    failed: count("failed"),
    skipped: count("skipped"),
    total: report.cases.length,
    shown: shown.length,
  })}`;
  const body = $("#report-table tbody");
  body.replaceChildren();
  for (const c of shown) {
    const row = el("tr", { class: c.status, "data-status": c.status, "data-id": c.id });
    const label = t(lang, c.status === "skipped" ? "skippedStatus" : (c.status as TextKey));
    row.append(
      el("td", { class: "status" }, label),
      el("td", {}, `${c.id} — ${c.title}`),
      el("td", {}, c.layer),
      el("td", {}, c.check),
      el("td", {}, c.rulebook.join(", ")),
      el("td", {}, c.message),
      el("td", {}, c.source),
    );
    body.append(row);
  }
}

function show(view: "deadline" | "report"): void {
  $("#view-deadline").hidden = view !== "deadline";
  $("#view-report").hidden = view !== "report";
  $("#tab-deadline").classList.toggle("active", view === "deadline");
  $("#tab-report").classList.toggle("active", view === "report");
}

$("#lang-toggle").addEventListener("click", () => {
  lang = lang === "vi" ? "en" : "vi";
  applyTexts();
});
$("#tab-deadline").addEventListener("click", () => show("deadline"));
$("#tab-report").addEventListener("click", () => show("report"));
$("#deadline-form").addEventListener("submit", (e) => void compute(e));
$("#status-filter").addEventListener("change", renderReport);
$("#search").addEventListener("input", renderReport);
$<HTMLInputElement>("#report-file").addEventListener("change", async (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file === undefined) return;
  try {
    loadReport(await file.text());
  } catch (error) {
    $("#report-summary").textContent = (error as Error).message;
  }
});

void loadProvinces().then(() => {
  document.body.dataset["ready"] = "true";
});
