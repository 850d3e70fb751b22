/**
 * The scaling plot of `docs/performance.md`, written by `pnpm bench --json` from the curves the
 * benches measured: CPU nanoseconds per item against the number of items, both on log scales.
 * A flat line is linear growth; a rising one means each item costs more as the input grows.
 */
import type { CurvePoint } from "./report";

/** A named series of the plot. */
export interface Curve {
  readonly name: string;
  readonly unit: string;
  readonly points: ReadonlyArray<CurvePoint>;
}

const W = 880;
const H = 420;
const M = { left: 80, right: 330, top: 40, bottom: 50 };
const COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const superscript = (n: number): string =>
  String(n)
    .split("")
    .map((d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)] ?? d)
    .join("");

/** Renders the curves as a standalone SVG document (deterministic for the same input). */
export function plotCurves(curves: ReadonlyArray<Curve>, caption: string): string {
  const points = curves.flatMap((c) => c.points.map((p) => ({ x: p.items, y: (p.cpuMs * 1e6) / p.items })));
  const x0 = Math.floor(Math.log10(Math.min(...points.map((p) => p.x))) + 0.01);
  const x1 = Math.ceil(Math.log10(Math.max(...points.map((p) => p.x))));
  const y0 = Math.floor(Math.log10(Math.min(...points.map((p) => p.y))));
  const y1 = Math.max(y0 + 1, Math.ceil(Math.log10(Math.max(...points.map((p) => p.y)))));
  const px = (x: number) => M.left + ((Math.log10(x) - x0) / Math.max(1, x1 - x0)) * (W - M.left - M.right);
  const py = (y: number) => H - M.bottom - ((Math.log10(y) - y0) / (y1 - y0)) * (H - M.top - M.bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${M.left}" y="20" font-size="14" font-weight="bold">Cost per item as the input grows (CPU ns per item, log–log; flat = linear)</text>`,
  ];
  for (let e = x0; e <= x1; e++) {
    const x = px(10 ** e).toFixed(1);
    out.push(
      `<line x1="${x}" y1="${M.top}" x2="${x}" y2="${H - M.bottom}" stroke="#ddd"/>`,
      `<text x="${x}" y="${H - M.bottom + 18}" text-anchor="middle">10${superscript(e)}</text>`,
    );
  }
  for (let e = y0; e <= y1; e++) {
    const y = py(10 ** e).toFixed(1);
    out.push(
      `<line x1="${M.left}" y1="${y}" x2="${W - M.right}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${M.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)} ns</text>`,
    );
  }
  out.push(
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">items per call</text>`,
    `<text x="${W - 8}" y="${H - 12}" text-anchor="end" fill="#555">${esc(caption)}</text>`,
  );
  curves.forEach((c, i) => {
    const colour = COLOURS[i % COLOURS.length] as string;
    const path = c.points
      .map(
        (p, j) =>
          `${j === 0 ? "M" : "L"}${px(p.items).toFixed(1)},${py((p.cpuMs * 1e6) / p.items).toFixed(1)}`,
      )
      .join(" ");
    out.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const p of c.points)
      out.push(
        `<circle cx="${px(p.items).toFixed(1)}" cy="${py((p.cpuMs * 1e6) / p.items).toFixed(1)}" r="3" fill="${colour}"/>`,
      );
    const ly = M.top + 10 + i * 20;
    out.push(
      `<line x1="${W - M.right + 15}" y1="${ly}" x2="${W - M.right + 35}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${W - M.right + 40}" y="${ly}" dominant-baseline="middle">${esc(`${c.name} (ns/${c.unit})`)}</text>`,
    );
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
