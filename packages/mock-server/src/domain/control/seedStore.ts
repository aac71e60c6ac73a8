import {
  type BaseJobRequest,
  BaseJobRequestSchema,
  ogcApiProcessJobRequestExample,
  openEoJobRequestExample,
  type ProcessingStatusEnum,
} from '@apex-dispatch/contract';
import type { JobStore } from '../jobs/JobStore';
import { lifecycleSteps } from '../jobs/jobLifecycle';
import { MockSeedSchema, type SeedJob, type SeedTask } from './MockSeed';

const timeOf = (time: string | number | undefined, fallback: number): number => {
  if (time === undefined) return fallback;
  if (typeof time === 'number') return time;
  // The service writes naive UTC times: one without an offset is UTC, not local time.
  const hasOffset = /(?:Z|[+-]\d\d:?\d\d)$/i.test(time) || !time.includes('T');
  return Date.parse(hasOffset ? time : `${time}Z`);
};

function requestOf(seed: SeedJob, where: string): BaseJobRequest {
  const example =
    seed.label === 'openeo' ? openEoJobRequestExample : ogcApiProcessJobRequestExample;
  const request = {
    ...example,
    ...(seed.title === undefined ? {} : { title: seed.title }),
    ...(seed.label === undefined ? {} : { label: seed.label }),
    ...(seed.service === undefined ? {} : { service: seed.service }),
    ...(seed.parameters === undefined ? {} : { parameters: seed.parameters }),
    ...(seed.format === undefined ? {} : { format: seed.format }),
  };
  const parsed = BaseJobRequestSchema.safeParse(request);
  if (!parsed.success)
    throw new Error(`Invalid seed: ${where}: ${parsed.error.issues[0]?.message}`);
  return request;
}

/** Where a seeded job's status and times put it, given the job duration. */
function lifecycleOf(seed: SeedJob, now: number, jobDurationMs: number) {
  const status = seed.status ?? 'finished';
  const createdAt = timeOf(seed.created, now);
  const updatedAt = timeOf(seed.updated, createdAt);
  const step = (lifecycleSteps as readonly ProcessingStatusEnum[]).indexOf(status);
  if (step === -1 || !seed.progress) return { createdAt, pinned: { status, updatedAt } };
  // Its step starts now: it goes on from there as the clock moves.
  return { createdAt, lifecycleStart: now - (step * jobDurationMs) / lifecycleSteps.length };
}

function describeIssue(issue: { path: (string | number)[]; message: string }): string {
  const path = issue.path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
    .join('')
    .replace(/^\./, '');
  return `${path || '(root)'}: ${issue.message}`;
}

/**
 * Stores a seed's jobs and tasks in `store`, all or nothing: it is checked whole (shape, ids
 * free and unique, a user for every record when authentication is on) before anything is
 * stored. Throws an Error naming what is wrong.
 */
export function seedStore(
  store: JobStore,
  seed: unknown,
  settings: { now: number; jobDurationMs: number; defaultUser: string | undefined },
): void {
  const parsed = MockSeedSchema.safeParse(seed);
  if (!parsed.success) {
    throw new Error(`Invalid seed: ${parsed.error.issues.map(describeIssue).join('; ')}`);
  }
  const { jobs = [], tasks = [] } = parsed.data;
  const next = store.nextIds();
  const claimed = { job: new Set<number>(), task: new Set<number>() };
  const claim = (kind: 'job' | 'task', id: number | undefined, where: string): number => {
    let chosen = id;
    if (chosen === undefined) {
      while (claimed[kind].has(next[kind]) || store.has(kind, next[kind])) next[kind] += 1;
      chosen = next[kind];
    } else if (claimed[kind].has(chosen) || store.has(kind, chosen)) {
      throw new Error(`Invalid seed: ${where}.id: a ${kind} with id ${chosen} already exists`);
    }
    claimed[kind].add(chosen);
    return chosen;
  };
  const userOf = (user: string | undefined, where: string): string => {
    const owner = user ?? settings.defaultUser;
    if (owner === undefined) {
      throw new Error(`Invalid seed: ${where}.user: required when authentication is on`);
    }
    return owner;
  };
  const plan = (job: SeedJob, owner: string, where: string, taskId?: number) => ({
    id: claim('job', job.id, where),
    owner,
    request: requestOf(job, where),
    outcome: 'finished' as const,
    submitted: true,
    ...lifecycleOf(job, settings.now, settings.jobDurationMs),
    ...(taskId === undefined ? {} : { taskId }),
  });
  const plannedJobs = jobs.map((job, i) => plan(job, userOf(job.user, `jobs[${i}]`), `jobs[${i}]`));
  const plannedTasks = tasks.map((task: SeedTask, i) => {
    const where = `tasks[${i}]`;
    const owner = userOf(task.user, where);
    const id = claim('task', task.id, where);
    const createdAt = timeOf(task.created, settings.now);
    const taskJobs = (task.jobs ?? []).map((job, j) => plan(job, owner, `${where}.jobs[${j}]`, id));
    return {
      jobs: taskJobs,
      task: {
        id,
        owner,
        request: requestOf(task, where),
        createdAt,
        jobIds: taskJobs.map((job) => job.id),
        pending: [],
        status: task.status ?? 'finished',
        updatedAt: timeOf(task.updated, createdAt),
      },
    };
  });
  for (const job of plannedJobs) store.insertJob(job);
  for (const { task, jobs: taskJobs } of plannedTasks) {
    store.insertTask(task);
    for (const job of taskJobs) store.insertJob(job);
  }
}
