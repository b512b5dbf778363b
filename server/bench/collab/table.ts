/** The results table: each figure for the baseline and for us, the ratio, and the target. */
export interface Row {
  scenario: string;
  figure: string;
  baseline: number | null;
  ours: number;
  /** Upper bound on ours/baseline (or on ours alone when absolute), lower is better. */
  target?: { ratio?: number; absolute?: number; label: string };
  unit?: string;
}

const num = (n: number | null, unit = "") =>
  n === null || Number.isNaN(n) ? "–" : `${Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1)}${unit}`;

function verdict(r: Row): string {
  if (!r.target) return "";
  const ratio = r.baseline ? r.ours / r.baseline : NaN;
  const okRatio = r.target.ratio === undefined || ratio <= r.target.ratio;
  const okAbsolute = r.target.absolute === undefined || r.ours <= r.target.absolute;
  return okRatio && okAbsolute ? "met" : "MISSED";
}

/** A Markdown table, padded so it also reads well in a terminal. */
export function formatTable(rows: Row[]): string {
  const head = ["scenario", "figure", "baseline", "ours", "ours/baseline", "target", ""];
  const cells = rows.map((r) => [
    r.scenario,
    r.figure,
    num(r.baseline, r.unit),
    num(r.ours, r.unit),
    r.baseline ? `${(r.ours / r.baseline).toFixed(2)}×` : "–",
    r.target?.label ?? "",
    verdict(r),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}
