import { describe, expect, it } from 'vitest';
import { dispatchChannels } from '../ws/dispatchChannels';
import { fillPath, matchPath, openApiPathOf, pathParamNames, pathPattern } from './pathTemplate';

describe('path templates', () => {
  it('names, fills and writes the parameters of a path', () => {
    expect(pathParamNames('/unit_jobs/:job_id/results')).toEqual(['job_id']);
    expect(fillPath('/unit_jobs/:job_id/results', { job_id: 'a b/7' })).toBe(
      '/unit_jobs/a%20b%2F7/results',
    );
    expect(openApiPathOf(dispatchChannels.upscaleTask.path)).toBe('/ws/upscale_tasks/{task_id}');
  });

  it('matches a whole path and nothing longer, shorter or with a slash in a parameter', () => {
    expect(matchPath('/unit_jobs/:job_id', '/unit_jobs/7')).toEqual({ job_id: '7' });
    expect(matchPath('/unit_jobs/:job_id', '/unit_jobs/7/results')).toBeUndefined();
    expect(matchPath('/unit_jobs/:job_id', '/unit_jobs/')).toBeUndefined();
    expect(matchPath('/unit_jobs/:job_id', '/unit_jobs/a/b')).toBeUndefined();
    expect(pathPattern('/a.b/:id').test('/axb/1')).toBe(false);
  });
});
