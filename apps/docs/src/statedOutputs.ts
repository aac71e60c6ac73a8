/** A `console.log(...)` of a snippet and what its trailing comment says it prints. */
export type StatedOutput = { statement: string; pattern: RegExp };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The outputs a snippet states: `console.log(job.status); // finished` states that a printed
 * line contains `finished`. Surrounding double quotes are the guide's, not the output's, and
 * `...` stands for anything.
 */
export function statedOutputs(code: string): StatedOutput[] {
  const stated: StatedOutput[] = [];
  for (const line of code.split('\n')) {
    const match = /^\s*(?:.*[;{]\s*)?console\.log\(.*\);\s*\/\/\s*(.+?)\s*$/.exec(line);
    const text = match?.[1]?.replace(/^"(.*)"$/, '$1');
    if (!text) continue;
    const pattern = new RegExp(text.split('...').map(escapeRegExp).join('.*'));
    stated.push({ statement: line.trim(), pattern });
  }
  return stated;
}
