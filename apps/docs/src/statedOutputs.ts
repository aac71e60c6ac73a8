/** A `console.log(...)` of a snippet and what its trailing comment says it prints. */
export type StatedOutput = {
  statement: string;
  pattern: RegExp;
  /** The statement's line in the snippet (0-based), and where its `console.log(` starts. */
  line: number;
  column: number;
};

/** What one run of a stated statement printed: its index in statedOutputs(), and the text. */
export type PrintedOutput = { index: number; text: string };

/** The function an instrumented snippet calls instead of a stated statement's console.log. */
export const STATED_OUTPUT_RECORDER = '__statedOutput';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The prefix is greedy: on `if (a) console.log(x); console.log(y); // 2` the stated statement is
// the last console.log, the one the comment follows.
const STATED_LINE = /^(\s*(?:.*[;{]\s*)?)console\.log\(.*\);\s*\/\/\s*(.+?)\s*$/;

/**
 * The outputs a snippet states: `console.log(job.status); // finished` states that a printed
 * line contains `finished`. Surrounding double quotes are the guide's, not the output's, and
 * `...` stands for anything.
 */
export function statedOutputs(code: string): StatedOutput[] {
  const stated: StatedOutput[] = [];
  code.split('\n').forEach((line, index) => {
    const match = STATED_LINE.exec(line);
    const text = match?.[2]?.replace(/^"(.*)"$/, '$1');
    if (!match || !text) return;
    const pattern = new RegExp(text.split('...').map(escapeRegExp).join('.*'));
    stated.push({ statement: line.trim(), pattern, line: index, column: match[1]?.length ?? 0 });
  });
  return stated;
}

/**
 * The snippet with each stated statement's `console.log(` replaced by
 * `__statedOutput(<its index>, `, same arguments. Reading stdout alone cannot tell which
 * statement printed a line (an earlier statement may print exactly what a later one states), and
 * tagging stdout would change what the user's code prints; a call carrying the statement's index
 * ties each printed text to its own statement, whatever order, loop or callback runs it. The
 * recorder is expected to print as console.log does, and to record `util.format(...args)`.
 */
export function instrumentStatedOutputs(code: string): string {
  const lines = code.split('\n');
  statedOutputs(code).forEach(({ line, column }, index) => {
    const text = lines[line] ?? '';
    const call = `${STATED_OUTPUT_RECORDER}(${index}, `;
    lines[line] = `${text.slice(0, column)}${call}${text.slice(column + 'console.log('.length)}`;
  });
  return lines.join('\n');
}

/**
 * What the snippet states and its own statements did not print, one complaint per statement.
 * A statement may run several times (in a loop, a callback) or never: each stated statement must
 * have printed at least once, and at least one line it printed, in any of its runs, must match
 * what it states (a loop's `console.log(status); // finished` states where the loop ends up).
 * Lines another statement printed never count.
 */
export function unmetStatedOutputs(stated: StatedOutput[], printed: PrintedOutput[]): string[] {
  return stated.flatMap(({ statement, pattern }, index) => {
    const own = printed
      .filter((output) => output.index === index)
      .flatMap(({ text }) => text.split('\n'));
    if (own.length === 0) return [`${statement}\n  never printed`];
    if (own.some((line) => pattern.test(line))) return [];
    return [`${statement}\n  printed instead:\n${own.map((line) => `    ${line}`).join('\n')}`];
  });
}
