import { format } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  instrumentStatedOutputs,
  type PrintedOutput,
  STATED_OUTPUT_RECORDER,
  statedOutputs,
  unmetStatedOutputs,
} from './statedOutputs';

/** Runs instrumented snippet code as the guide test does, recording each stated statement's text. */
function runInstrumented(code: string): { stdout: string[]; printed: PrintedOutput[] } {
  const stdout: string[] = [];
  const printed: PrintedOutput[] = [];
  const log = (...args: unknown[]) => stdout.push(format(...args));
  const recorder = (index: number, ...args: unknown[]) => {
    log(...args);
    printed.push({ index, text: format(...args) });
  };
  new Function('console', STATED_OUTPUT_RECORDER, instrumentStatedOutputs(code))({ log }, recorder);
  return { stdout, printed };
}

const unmet = (code: string) =>
  unmetStatedOutputs(statedOutputs(code), runInstrumented(code).printed);

describe('statedOutputs', () => {
  it('reads what a console.log line says it prints, quotes dropped, ... for anything', () => {
    const stated = statedOutputs(
      [
        'console.log(\'service:\', health.status); // "ok"',
        '  console.log(error.code, error.reason); // 1011 TASK_NOT_FOUND ...',
        'console.log(result.data);',
        '// console.log(x); is prose',
      ].join('\n'),
    );
    expect(stated.map(({ pattern }) => pattern.source)).toEqual(['ok', '1011 TASK_NOT_FOUND .*']);
    expect(stated.map(({ line }) => line)).toEqual([0, 1]);
    expect(stated[1]?.pattern.test('1011 TASK_NOT_FOUND The task was not found')).toBe(true);
    expect(stated[0]?.pattern.test('service: degraded')).toBe(false);
  });
});

describe('a stated output', () => {
  it('is met by a line its own statement prints', () => {
    expect(unmet("const status = 404;\nconsole.log('status', status); // status 404")).toEqual([]);
  });

  it('is not met by the same line printed by another statement', () => {
    const code = [
      "console.log('not found:', 404); // not found: 404",
      'const status = 200;',
      'console.log(status); // 404',
    ].join('\n');
    const { stdout } = runInstrumented(code);
    // Somewhere in stdout there is a 404, which a check of the whole output would accept.
    expect(stdout).toContain('not found: 404');
    expect(unmet(code)).toEqual(['console.log(status); // 404\n  printed instead:\n    200']);
  });

  it('is not met by an unstated console.log printing it either', () => {
    const code =
      "console.log('job 1 ended finished');\nconsole.log('job 1 ended failed'); // finished";
    expect(unmet(code)).toHaveLength(1);
  });

  it('must be printed at least once: a statement that never runs fails', () => {
    const code = 'if (Math.random() > 2) {\n  console.log(404); // 404\n}\nconsole.log(404);';
    expect(unmet(code)).toEqual(['console.log(404); // 404\n  never printed']);
  });

  it('in a loop, is met when one of its runs prints it', () => {
    const code = [
      "for (const status of ['queued', 'running', 'finished']) {",
      "  console.log('job 1 is', status); // job 1 is finished",
      '}',
    ].join('\n');
    expect(unmet(code)).toEqual([]);
    expect(unmet(code.replace("'finished'", "'failed'"))).toHaveLength(1);
  });

  it('tags only the statement the comment follows, its arguments and format string intact', () => {
    const code = "let n = 3; console.log('skipped'); console.log('%d jobs', n); // 3 jobs";
    const instrumented = instrumentStatedOutputs(code);
    expect(instrumented).toBe(
      `let n = 3; console.log('skipped'); ${STATED_OUTPUT_RECORDER}(0, '%d jobs', n); // 3 jobs`,
    );
    expect(runInstrumented(code)).toEqual({
      stdout: ['skipped', '3 jobs'],
      printed: [{ index: 0, text: '3 jobs' }],
    });
  });

  it('matches any line of a statement printing several, such as an object', () => {
    const code = "console.log({ status: 'finished', id: 1 }); // status: 'finished'";
    expect(unmet(code)).toEqual([]);
  });
});
