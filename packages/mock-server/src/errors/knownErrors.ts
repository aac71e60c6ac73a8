import { MockHttpError } from './MockHttpError';

// The errors the real service answers with, by the codes and messages its source uses.

/** 404 for a job that does not exist or belongs to someone else. */
export const jobNotFound = (jobId: number) =>
  new MockHttpError(404, 'JOB_NOT_FOUND', 'The requested job was not found.', {
    details: { job_id: jobId },
  });

/** 404 for an upscaling task that does not exist or belongs to someone else. */
export const taskNotFound = (taskId: number) =>
  new MockHttpError(404, 'TASK_NOT_FOUND', 'The requested upscaling task was not found.', {
    details: { task_id: taskId },
  });

/** 401 for a token that cannot be read. */
export const authenticationFailed = () =>
  new MockHttpError(
    401,
    'AUTHENTICATION_FAILED',
    'Could not validate credentials. Please retry signing in.',
    { headers: { 'WWW-Authenticate': 'Bearer' } },
  );

/** 500 without any detail of what went wrong inside. */
export const internalError = () =>
  new MockHttpError(500, 'INTERNAL_ERROR', 'An internal server error occurred.');
