/** Edits (insertions, deletions, substitutions, swaps of neighbours) that turn `a` into `b`. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known option closest to a mistyped one (`--prot` → `--port`), or undefined when none is
 * close enough to be what was meant: at most a third of its letters differ.
 */
export function nearestOption(given: string, known: readonly string[]): string | undefined {
  const name = given.replace(/^-+/, '').toLowerCase();
  let best: { option: string; edits: number } | undefined;
  for (const option of known) {
    const edits = distance(name, option);
    if (!best || edits < best.edits) best = { option, edits };
  }
  if (!best || best.edits > Math.max(1, Math.floor(best.option.length / 3))) return undefined;
  return `--${best.option}`;
}
