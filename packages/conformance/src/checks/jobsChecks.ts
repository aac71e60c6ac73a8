import {
  BaseJobRequestSchema,
  dispatchContract,
  JobsFilter,
  type JobsStatusResponse,
  knownErrors,
  ogcApiProcessJobRequestExample,
  openEoParamRequestExample,
  wireHeaders,
} from '@apex-dispatch/contract';
import type { Target } from '../target/Target';
import type { Check } from './Check';
import { Drift } from './Drift';
import { expectEnvelope, expectStatus, expectValid, show, validationErrorsOf } from './expect';
import { operationOf, pathOf, successStatus } from './routes';

const { getJobsStatus, getJob, getUpscaleTask, createUnitJob, getJobParams, deleteJob } =
  dispatchContract;

/** `GET /jobs_status` of the token's user, valid against the contract. */
export async function jobsStatus(target: Target, filter?: JobsFilter): Promise<JobsStatusResponse> {
  const what = `GET ${getJobsStatus.path}${filter ? `?filter=${filter}` : ''}`;
  const answer = await target.request(getJobsStatus.path, {
    auth: true,
    query: filter ? { filter } : {},
  });
  expectStatus(answer, successStatus(getJobsStatus), what);
  return expectValid(getJobsStatus.responses[200], answer.json, `${what}: a JobsStatusResponse`);
}

const ids = (status: JobsStatusResponse) => status.processing_jobs.map((job) => job.id).sort();

/** The first field a job request needs, left out of an otherwise valid request. */
const [missingField = 'title'] = Object.entries(BaseJobRequestSchema.shape)
  .filter(([, schema]) => !schema.isOptional())
  .map(([name]) => name);

/** The route of a 404 envelope of each kind, e.g. `GET /unit_jobs/{job_id}` for JOB_NOT_FOUND. */
const notFoundChecks: Check[] = [getJob, getUpscaleTask].map((route) => {
  const code = route.metadata.notFoundError;
  const kind = code === 'TASK_NOT_FOUND' ? 'task' : 'job';
  return {
    id: `errors.unknown-${kind}`,
    title: `${operationOf(route)} of an unknown ${kind}: 404 ${code}, details null, request_id = ${wireHeaders.correlationId}`,
    needs: ['token'],
    run: async ({ target }) => {
      const what = `${route.method} ${pathOf(route)}`;
      const answer = await target.request(pathOf(route), { auth: true });
      const envelope = expectEnvelope(answer, code, what);
      if (envelope.message !== knownErrors[code].message) {
        throw new Drift(
          `${what}: message ${show(knownErrors[code].message)}`,
          show(envelope.message),
        );
      }
      if (envelope.details !== null)
        throw new Drift(`${what}: details null`, show(envelope.details));
      return `${what}: 404 ${code}, request_id ${envelope.request_id}`;
    },
  };
});

/** What the token's user sees: the status lists, the envelopes, a refused job. */
export const jobsChecks: Check[] = [
  {
    id: 'jobs-status',
    title: `GET ${getJobsStatus.path}: the JobsStatusResponse`,
    needs: ['token'],
    run: async ({ target }) => {
      const status = await jobsStatus(target);
      return `${status.upscaling_tasks.length} upscaling task(s), ${status.processing_jobs.length} processing job(s)`;
    },
  },
  {
    id: 'jobs-status.filter',
    title: `GET ${getJobsStatus.path}?filter=...: each filter lists only its kind`,
    needs: ['token'],
    run: async ({ target }) => {
      const seen: string[] = [];
      for (const filter of Object.values(JobsFilter)) {
        const status = await jobsStatus(target, filter);
        const other =
          filter === JobsFilter.PROCESSING ? status.upscaling_tasks : status.processing_jobs;
        const otherName = filter === JobsFilter.PROCESSING ? 'upscaling_tasks' : 'processing_jobs';
        if (other.length > 0) {
          throw new Drift(`?filter=${filter}: ${otherName} []`, `${other.length} in ${otherName}`);
        }
        seen.push(`?filter=${filter}`);
      }
      return `${seen.join(' and ')} valid, each without the other kind`;
    },
  },
  ...notFoundChecks,
  {
    id: 'errors.invalid-job',
    title: `${operationOf(createUnitJob)} without "${missingField}": 422 VALIDATION_ERROR naming it, nothing created`,
    needs: ['token'],
    run: async ({ target }) => {
      const what = operationOf(createUnitJob);
      const before = ids(await jobsStatus(target));
      const { [missingField]: _, ...body } = ogcApiProcessJobRequestExample as Record<
        string,
        unknown
      >;
      const answer = await target.request(createUnitJob.path, { method: 'POST', body, auth: true });
      if (answer.status === successStatus(createUnitJob)) {
        // Refused or not, a job the check made is not left behind.
        const id = (answer.json as { id?: unknown } | undefined)?.id;
        if (typeof id === 'number') {
          await target.request(pathOf(deleteJob, { job_id: id }), { method: 'DELETE', auth: true });
        }
      }
      const errors = validationErrorsOf(answer, what);
      const named = errors.some((error) => error.loc.join('.') === `body.${missingField}`);
      if (!named) {
        throw new Drift(`${what}: an error at loc ["body","${missingField}"]`, show(errors));
      }
      const after = ids(await jobsStatus(target));
      if (show(after) !== show(before)) {
        throw new Drift(`${what}: processing jobs unchanged ${show(before)}`, show(after));
      }
      return `422 at body.${missingField}; the job list unchanged`;
    },
  },
  {
    id: 'params',
    title: `${operationOf(getJobParams)} of the catalogued variability-map service: Parameter[]`,
    needs: ['token'],
    run: async ({ target }) => {
      const what = operationOf(getJobParams);
      const answer = await target.request(getJobParams.path, {
        method: 'POST',
        body: openEoParamRequestExample,
        auth: true,
      });
      expectStatus(answer, successStatus(getJobParams), what);
      const parameters = expectValid(
        getJobParams.responses[200],
        answer.json,
        `${what}: Parameter[]`,
      );
      return `${parameters.length} parameters: ${parameters.map(({ name }) => name).join(', ')}`;
    },
  },
];
