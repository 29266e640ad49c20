/** The figures a benchmark run produces: printed as a table and written to bench-results.json. */
export interface BenchFigure {
  readonly section: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** A target the issue names, such as `>= 200` for a ratio; informational. */
  readonly target?: string;
  readonly met?: boolean;
}

export class BenchReport {
  readonly figures: BenchFigure[] = [];

  add(figure: BenchFigure): void {
    this.figures.push(figure);
    const target = figure.target === undefined ? '' : `  (target ${figure.target}: ${figure.met === true ? 'met' : 'NOT met'})`;
    console.log(`  ${figure.section.padEnd(14)} ${figure.name.padEnd(58)} ${formatValue(figure.value).padStart(12)} ${figure.unit}${target}`);
  }
}

function formatValue(value: number): string {
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(2);
}
