import { randomUUID } from 'node:crypto';
import type { BaseJobRequest, JsonObject } from '@apex-dispatch/contract';
import { jobNotFound, taskNotFound } from '../errors/knownErrors';
import type { JobOutcome } from './jobLifecycle';
import type { StoredJob, StoredTask } from './StoredJob';

/**
 * The jobs and upscaling tasks of one server, in memory. Ids count 1, 2, 3, ... per server;
 * everything is synchronous, so concurrent requests never share an id.
 */
export class JobStore {
  private readonly jobs = new Map<number, StoredJob>();
  private readonly tasks = new Map<number, StoredTask>();
  private readonly jobsByAssetKey = new Map<string, StoredJob>();
  private lastJobId = 0;
  private lastTaskId = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Stores a new job of `owner`. */
  createJob(
    owner: string,
    request: BaseJobRequest,
    outcome: JobOutcome,
    taskId?: number,
  ): StoredJob {
    this.lastJobId += 1;
    const job: StoredJob = {
      id: this.lastJobId,
      owner,
      request,
      createdAt: this.now(),
      outcome,
      assetKey: randomUUID(),
      ...(taskId === undefined ? {} : { taskId }),
    };
    this.jobs.set(job.id, job);
    this.jobsByAssetKey.set(job.assetKey, job);
    return job;
  }

  /** A job of `owner`; anyone else's is as absent as a job that never existed. */
  getJob(owner: string, id: number): StoredJob {
    const job = this.jobs.get(id);
    if (job === undefined || job.owner !== owner) throw jobNotFound();
    return job;
  }

  /** The job whose result files live under `assetKey`, if any. */
  jobByAssetKey(assetKey: string): StoredJob | undefined {
    return this.jobsByAssetKey.get(assetKey);
  }

  /** Removes a job of `owner`. */
  deleteJob(owner: string, id: number): void {
    const job = this.getJob(owner, id);
    this.jobs.delete(id);
    this.jobsByAssetKey.delete(job.assetKey);
  }

  /** Every job of `owner`, oldest first. */
  listJobs(owner: string): StoredJob[] {
    return [...this.jobs.values()].filter((job) => job.owner === owner);
  }

  /** Stores a new upscaling task with one job for each of `jobParameters`. */
  createTask(
    owner: string,
    request: BaseJobRequest,
    jobParameters: readonly JsonObject[],
    outcome: JobOutcome,
  ): StoredTask {
    this.lastTaskId += 1;
    const id = this.lastTaskId;
    const jobIds = jobParameters.map(
      (parameters) => this.createJob(owner, { ...request, parameters }, outcome, id).id,
    );
    const task: StoredTask = { id, owner, request, createdAt: this.now(), jobIds };
    this.tasks.set(id, task);
    return task;
  }

  /** An upscaling task of `owner`. */
  getTask(owner: string, id: number): StoredTask {
    const task = this.tasks.get(id);
    if (task === undefined || task.owner !== owner) throw taskNotFound();
    return task;
  }

  /** The jobs of a task that have not been deleted. */
  jobsOfTask(task: StoredTask): StoredJob[] {
    return task.jobIds.flatMap((id) => {
      const job = this.jobs.get(id);
      return job === undefined ? [] : [job];
    });
  }

  /** Every upscaling task of `owner`, oldest first. */
  listTasks(owner: string): StoredTask[] {
    return [...this.tasks.values()].filter((task) => task.owner === owner);
  }

  /** The current time, by the store's clock. */
  currentTime(): number {
    return this.now();
  }
}
