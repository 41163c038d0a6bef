/**
 * Statistics as CSV and as an SVG chart of issuance per month per course (for a report). Both
 * show only what {@link exportStats} published: suppressed counts stay `<5` / `x`.
 */
import { ExportError } from '../errors.js';
import { toCsv } from './csv.js';
import { STATS_MEASURES, type StatsChart, type StatsReport, type StatsRow } from './stats.js';

/** A report as CSV: `group,label,issued,revoked,suspended,recognised`, then a `total` line. */
export function statsToCsv(report: StatsReport): string {
  const rows: StatsRow[] = [...report.rows, { group: 'total', label: 'Total', ...report.total }];
  return toCsv(rows, [
    { header: report.by, value: (r) => r.group },
    { header: 'label', value: (r) => r.label },
    ...STATS_MEASURES.map((m) => ({ header: m, value: (r: StatsRow) => r[m] ?? undefined })),
  ]);
}

/** Most courses and months one chart draws. */
export const MAX_CHART_SERIES = 24;
export const MAX_CHART_MONTHS = 120;

const PALETTE = ['#003399', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#0072b2', '#999999', '#882255', '#44aa99', '#117733'];

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * An SVG bar chart of credentials issued per month, one bar colour per course. A suppressed
 * point is drawn as a dashed outline at the base with its marker (`<5` or `x`) above it — no
 * height, so the picture tells no more than the table.
 *
 * @throws ExportError `ERR_EXPORT_TOO_LARGE` beyond {@link MAX_CHART_SERIES} courses or {@link MAX_CHART_MONTHS} months.
 */
export function statsChartSvg(chart: StatsChart, options: { title?: string } = {}): string {
  if (chart.series.length > MAX_CHART_SERIES) throw new ExportError('ERR_EXPORT_TOO_LARGE', `The chart shows at most ${MAX_CHART_SERIES} courses (${chart.series.length} here); export fewer courses or a shorter period.`);
  if (chart.months.length > MAX_CHART_MONTHS) throw new ExportError('ERR_EXPORT_TOO_LARGE', `The chart shows at most ${MAX_CHART_MONTHS} months (${chart.months.length} here); export a shorter period.`);
  const n = Math.max(1, chart.series.length);
  const bar = Math.max(4, Math.min(18, Math.floor(80 / n)));
  const group = n * bar + 12;
  const left = 56;
  const top = 48;
  const plotHeight = 240;
  const legendTop = top + plotHeight + 52;
  const width = Math.max(640, left + 24 + chart.months.length * group);
  const height = legendTop + 18 * n + 16;
  const numbers = chart.series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number'));
  const max = Math.max(chart.threshold, ...numbers);
  const step = Math.max(1, Math.ceil(max / 5));
  const top_ = step * Math.ceil(max / step);
  const y = (value: number) => top + plotHeight - (value / top_) * plotHeight;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">`,
    `<title>${escapeXml(options.title ?? 'Micro-credentials issued per month and course')}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${left}" y="24" font-size="14" font-weight="bold">${escapeXml(options.title ?? 'Micro-credentials issued per month and course')}</text>`,
  ];
  for (let v = 0; v <= top_; v += step) {
    out.push(`<line x1="${left}" x2="${width - 12}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`, `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
  }
  chart.months.forEach((month, m) => {
    const x0 = left + 12 + m * group;
    out.push(`<text x="${x0 + (n * bar) / 2}" y="${top + plotHeight + 16}" text-anchor="middle">${escapeXml(month)}</text>`);
    chart.series.forEach((series, s) => {
      const value = series.values[m];
      const x = x0 + s * bar;
      const colour = PALETTE[s % PALETTE.length]!;
      if (typeof value === 'number') {
        if (value > 0) out.push(`<rect x="${x}" y="${y(value)}" width="${bar - 1}" height="${y(0) - y(value)}" fill="${colour}"><title>${escapeXml(`${series.label} ${month}: ${value}`)}</title></rect>`);
      } else if (value !== undefined) {
        out.push(
          `<rect x="${x}" y="${y(0) - 6}" width="${bar - 1}" height="6" fill="none" stroke="${colour}" stroke-dasharray="2,1"><title>${escapeXml(`${series.label} ${month}: ${value} (suppressed)`)}</title></rect>`,
          `<text x="${x + bar / 2}" y="${y(0) - 9}" text-anchor="middle" font-size="8">${escapeXml(value)}</text>`,
        );
      }
    });
  });
  out.push(`<line x1="${left}" x2="${width - 12}" y1="${y(0)}" y2="${y(0)}" stroke="#333"/>`);
  chart.series.forEach((series, s) => {
    const ly = legendTop + s * 18;
    out.push(`<rect x="${left}" y="${ly - 9}" width="10" height="10" fill="${PALETTE[s % PALETTE.length]}"/>`, `<text x="${left + 16}" y="${ly}">${escapeXml(clip(series.label, 90))}</text>`);
  });
  out.push(
    `<text x="${left}" y="${legendTop - 20}" fill="#555">&lt;${chart.threshold}: fewer than ${chart.threshold} learners; x: hidden so that no small count can be derived.</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}
