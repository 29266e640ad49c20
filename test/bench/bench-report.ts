/** The figures a benchmark run produces: printed as a table and written to bench-results.json. */
export interface BenchFigure {
  readonly section: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** A target the issue names, such as `>= 200` for a ratio; informational. */
  readonly target?: string;
  readonly met?: boolean;
  /** Further numbers of the same measurement, such as the p95 and p99 beside a p50. */
  readonly related?: Readonly<Record<string, number>>;
}

export class BenchReport {
  readonly figures: BenchFigure[] = [];

  add(figure: BenchFigure): void {
    this.figures.push(figure);
    const target = figure.target === undefined ? '' : `  (target ${figure.target}: ${figure.met === true ? 'met' : 'NOT met'})`;
    const related = Object.entries(figure.related ?? {}).map(([name, value]) => `, ${name} ${formatValue(value)} ${figure.unit}`).join('');
    console.log(`  ${figure.section.padEnd(13)} ${figure.name.padEnd(60)} ${formatValue(figure.value).padStart(11)} ${figure.unit}${related}${target}`);
  }
}

function formatValue(value: number): string {
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(2);
}
