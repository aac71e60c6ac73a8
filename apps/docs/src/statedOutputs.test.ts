import { describe, expect, it } from 'vitest';
import { statedOutputs } from './statedOutputs';

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
    expect(stated[1]?.pattern.test('1011 TASK_NOT_FOUND The task was not found')).toBe(true);
    expect(stated[0]?.pattern.test('service: degraded')).toBe(false);
  });
});
