import { type BaseJobRequest, dispatchChannels, dispatchContract } from '@apex-dispatch/contract';
import type { Check, CheckContext } from './Check';
import { Drift, Skip } from './Drift';
import { expectEnvelope, expectStatus, expectValid, show, stableJson } from './expect';
import { jobsStatus } from './jobsChecks';
import { operationOf, pathOf, successStatus } from './routes';
import { readStream } from './streamChecks';

const { createUnitJob, getJob, deleteJob, getJobsStatus } = dispatchContract;
const { jobsStatus: jobsChannel } = dispatchChannels;

/** The request `--request-file` gave (runConformance refuses `write` without one). */
function requestOf({ jobRequest }: CheckContext): BaseJobRequest {
  if (jobRequest === undefined) throw new Skip('needs --request-file, the job to create');
  return jobRequest;
}

/** The job `write.create` made; the later write checks skip without one. */
function writtenJob({ written }: CheckContext): number {
  if (written.jobId === undefined) throw new Skip('no job was created (see write.create)');
  return written.jobId;
}

// What a job echoes of its request, field for field.
const ECHOED = ['title', 'label', 'service', 'parameters'] as const;

/** The first field of `job` that is not as sent: the service may spell an absent namespace null. */
function changedField(job: Record<(typeof ECHOED)[number], unknown>, sent: typeof job) {
  return ECHOED.find(
    (field) =>
      stableJson(job[field], field === 'service') !== stableJson(sent[field], field === 'service'),
  );
}

/** One job's life on the deployment: only with `--write`, which creates a real job. */
export const writeChecks: Check[] = [
  {
    id: 'write.create',
    title: `${operationOf(createUnitJob)} of the request file: 201 ProcessingJobSummary, the request echoed`,
    needs: ['token', 'write'],
    run: async (context) => {
      const { target } = context;
      const jobRequest = requestOf(context);
      const what = operationOf(createUnitJob);
      const answer = await target.request(createUnitJob.path, {
        method: 'POST',
        body: jobRequest,
        auth: true,
      });
      const id = (answer.json as { id?: unknown } | undefined)?.id;
      if (answer.status === successStatus(createUnitJob) && typeof id === 'number') {
        context.written.jobId = id;
      }
      expectStatus(answer, successStatus(createUnitJob), what);
      const job = expectValid(
        createUnitJob.responses[201],
        answer.json,
        `${what}: a ProcessingJobSummary`,
      );
      const changed = changedField(job, jobRequest);
      if (changed) {
        throw new Drift(
          `${what}: ${changed} as sent, ${show(jobRequest[changed])}`,
          show(job[changed]),
        );
      }
      return `job ${job.id}, ${job.status}`;
    },
  },
  {
    id: 'write.read',
    title: `${operationOf(getJob)} of that job: the ProcessingJob as sent`,
    needs: ['token', 'write'],
    run: async (context) => {
      const id = writtenJob(context);
      const what = `GET ${pathOf(getJob, { job_id: id })}`;
      const answer = await context.target.request(pathOf(getJob, { job_id: id }), { auth: true });
      expectStatus(answer, successStatus(getJob), what);
      const job = expectValid(getJob.responses[200], answer.json, `${what}: a ProcessingJob`);
      const changed = changedField(job, requestOf(context));
      if (changed) {
        throw new Drift(
          `${what}: ${changed} as sent, ${show(requestOf(context)[changed])}`,
          show(job[changed]),
        );
      }
      return `job ${id}, ${job.status}, created ${job.created}`;
    },
  },
  {
    id: 'write.jobs-status',
    title: `${operationOf(getJobsStatus)} lists that job`,
    needs: ['token', 'write'],
    run: async (context) => {
      const id = writtenJob(context);
      const status = await jobsStatus(context.target);
      const ids = status.processing_jobs.map((job) => job.id);
      if (!ids.includes(id)) throw new Drift(`job ${id} in processing_jobs`, show(ids));
      return `job ${id} among ${ids.length} processing job(s)`;
    },
  },
  {
    id: 'write.stream',
    title: `${jobsChannel.path} shows that job in its status`,
    needs: ['token', 'write'],
    run: async (context) => {
      const id = writtenJob(context);
      const { messages } = await readStream(context, jobsChannel.path, context.target.token, 3);
      const status = messages.find((message) => (message as { type?: unknown }).type === 'status');
      if (status === undefined)
        throw new Drift(`${jobsChannel.path}: a status message`, show(messages));
      const { data } = expectValid(
        jobsChannel.message,
        status,
        `${jobsChannel.path}: a status message`,
      );
      const ids = data?.processing_jobs.map((job) => job.id) ?? [];
      if (!ids.includes(id)) throw new Drift(`job ${id} in data.processing_jobs`, show(ids));
      return `job ${id} in the first status message`;
    },
  },
  {
    id: 'write.delete',
    title: `${operationOf(deleteJob)} of that job, then ${operationOf(getJob)}: 404 JOB_NOT_FOUND`,
    needs: ['token', 'write'],
    run: async (context) => {
      const id = writtenJob(context);
      const path = pathOf(deleteJob, { job_id: id });
      const answer = await context.target.request(path, { method: 'DELETE', auth: true });
      expectStatus(answer, successStatus(deleteJob), `DELETE ${path}`);
      context.written.jobId = undefined;
      const after = await context.target.request(pathOf(getJob, { job_id: id }), { auth: true });
      expectEnvelope(after, 'JOB_NOT_FOUND', `GET ${path} after the delete`);
      return `job ${id} deleted; GET answers 404 JOB_NOT_FOUND`;
    },
  },
];
