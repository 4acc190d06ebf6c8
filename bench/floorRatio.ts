/**
 * The benchmark harness of the @tpe packages. Each scenario is timed against
 * its floor — the same computation written as bare JavaScript over
 * pre-parsed integers — in the same process, after checking that both give
 * the same result. What is reported is the ratio, not a bare time: machines
 * are shared and noisy, ratios are comparable.
 */

/** One scenario: the library's way and the floor's way of doing the same work. */
export interface FloorScenario<T> {
  /** What is measured, e.g. `sum of 1,000,000 amounts`. */
  readonly name: string;
  /** How many items one run processes (for the throughput). */
  readonly items: number;
  /**
   * How many items one run of the floor processes, when not `items`: a slow
   * floor is timed on fewer items and the ratio compares the time per item.
   */
  readonly floorItems?: number;
  /** The library's computation. */
  readonly library: () => T;
  /** The bare-integer computation of the same result (on `floorItems` items when given). */
  readonly floor: () => T;
  /** Whether the two results agree; the run stops if they do not. */
  readonly same: (library: T, floor: T) => boolean;
  /** The ratio the scenario must stay under. */
  readonly target: number;
}

/** What a scenario measured. */
export interface FloorMeasure {
  readonly name: string;
  readonly libraryItemsPerSecond: number;
  readonly floorItemsPerSecond: number;
  readonly ratio: number;
  readonly target: number;
}

const WARM_UP_RUNS = 5;
const MEASURED_RUNS = 10;

/**
 * Runs a scenario: checks that library and floor agree, warms both up, then
 * takes the best of several interleaved runs of each and reports the ratio of
 * their times.
 */
export function measureAgainstFloor<T>(scenario: FloorScenario<T>): FloorMeasure {
  const libraryResult = scenario.library();
  const floorResult = scenario.floor();
  if (!scenario.same(libraryResult, floorResult)) {
    throw new Error(`${scenario.name}: the library and the floor disagree`);
  }
  for (let run = 0; run < WARM_UP_RUNS; run++) {
    scenario.floor();
    scenario.library();
  }
  let bestLibrary = Number.POSITIVE_INFINITY;
  let bestFloor = Number.POSITIVE_INFINITY;
  for (let run = 0; run < MEASURED_RUNS; run++) {
    bestFloor = Math.min(bestFloor, time(scenario.floor));
    bestLibrary = Math.min(bestLibrary, time(scenario.library));
  }
  const libraryItemsPerSecond = scenario.items / (bestLibrary / 1000);
  const floorItemsPerSecond = (scenario.floorItems ?? scenario.items) / (bestFloor / 1000);
  return {
    name: scenario.name,
    libraryItemsPerSecond,
    floorItemsPerSecond,
    ratio: floorItemsPerSecond / libraryItemsPerSecond,
    target: scenario.target,
  };
}

/** Prints measures as a table: throughput of both sides and the ratio to its target. */
export function reportMeasures(title: string, measures: readonly FloorMeasure[]): string {
  const lines = [
    `\n${title}`,
    '| scenario | library items/s | floor items/s | ratio | target | verdict |',
    '|---|---:|---:|---:|---:|---|',
    ...measures.map(
      (m) =>
        `| ${m.name} | ${format(m.libraryItemsPerSecond)} | ${format(m.floorItemsPerSecond)} | ${formatRatio(m.ratio)} | ≤ ${m.target} | ${m.ratio <= m.target ? 'ok' : 'over target'} |`,
    ),
  ];
  const text = lines.join('\n');
  console.log(text);
  return text;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** One decimal, or two significant digits under 1 (a library faster than its reference). */
function formatRatio(ratio: number): string {
  return ratio < 1 ? ratio.toPrecision(2) : ratio.toFixed(1);
}

function format(perSecond: number): string {
  return Math.round(perSecond).toLocaleString('en-US');
}
