import type { BaseJobRequest, ProcessingStatusEnum } from '@apex-dispatch/contract';
import { jobNotFound, taskNotFound } from '../errors/knownErrors';
import type { JobOutcome } from './jobLifecycle';
import type { PendingJob, StoredJob, StoredTask } from './StoredJob';

/** How a job comes to be: its request, how it ends, and whether the platform took it. */
export type JobSubmission = {
  readonly request: BaseJobRequest;
  readonly outcome: JobOutcome;
  readonly submitted: boolean;
};

/**
 * The jobs and upscaling tasks of one server, in memory. Ids count 1, 2, 3, ... per server;
 * everything is synchronous, so concurrent requests never share an id. A task's jobs are
 * created after the task, each when the clock reaches its due time (the service submits them
 * in the background): every read first brings the store up to the clock.
 */
export class JobStore {
  private readonly jobs = new Map<number, StoredJob>();
  private readonly tasks = new Map<number, StoredTask>();
  private readonly jobsByAssetKey = new Map<string, StoredJob>();
  private readonly tasksWithPendingJobs = new Set<StoredTask>();
  private lastJobId = 0;
  private lastTaskId = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Stores a new job of `owner`, created now. */
  createJob(owner: string, submission: JobSubmission): StoredJob {
    this.settle();
    return this.addJob(owner, submission, this.now());
  }

  /** A job of `owner`; anyone else's is as absent as a job that never existed. */
  getJob(owner: string, id: number): StoredJob {
    this.settle();
    const job = this.jobs.get(id);
    if (job === undefined || job.owner !== owner) throw jobNotFound();
    return job;
  }

  /** The job whose result files live under `assetKey`, if any. */
  jobByAssetKey(assetKey: string): StoredJob | undefined {
    this.settle();
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
    this.settle();
    return [...this.jobs.values()].filter((job) => job.owner === owner);
  }

  /**
   * Stores a new upscaling task, status `created`, whose jobs come `intervalMs` apart after it
   * (the first one `intervalMs` after the task).
   */
  createTask(
    owner: string,
    request: BaseJobRequest,
    submissions: readonly JobSubmission[],
    intervalMs: number,
  ): StoredTask {
    this.settle();
    this.lastTaskId += 1;
    const createdAt = this.now();
    const pending: PendingJob[] = submissions.map((submission, index) => ({
      ...submission,
      dueAt: createdAt + (index + 1) * intervalMs,
    }));
    const task: StoredTask = {
      id: this.lastTaskId,
      owner,
      request,
      createdAt,
      jobIds: [],
      pending,
      status: 'created',
      updatedAt: createdAt,
    };
    this.tasks.set(task.id, task);
    if (pending.length > 0) this.tasksWithPendingJobs.add(task);
    return task;
  }

  /** An upscaling task of `owner`. */
  getTask(owner: string, id: number): StoredTask {
    this.settle();
    const task = this.tasks.get(id);
    if (task === undefined || task.owner !== owner) throw taskNotFound();
    return task;
  }

  /** The jobs of a task created so far that have not been deleted. */
  jobsOfTask(task: StoredTask): StoredJob[] {
    this.settle();
    return task.jobIds.flatMap((id) => {
      const job = this.jobs.get(id);
      return job === undefined ? [] : [job];
    });
  }

  /** Every upscaling task of `owner`, oldest first. */
  listTasks(owner: string): StoredTask[] {
    this.settle();
    return [...this.tasks.values()].filter((task) => task.owner === owner);
  }

  /** Records a task's recomputed status; `updatedAt` moves only when the status changes. */
  recordTaskStatus(task: StoredTask, status: ProcessingStatusEnum): void {
    if (task.status === status) return;
    task.status = status;
    task.updatedAt = this.now();
  }

  /** Forgets every job and task; ids count from 1 again. */
  reset(): void {
    this.jobs.clear();
    this.tasks.clear();
    this.jobsByAssetKey.clear();
    this.tasksWithPendingJobs.clear();
    this.lastJobId = 0;
    this.lastTaskId = 0;
  }

  /** Stores a job made whole elsewhere (a seed); later ids count on from the highest. */
  insertJob(job: Omit<StoredJob, 'assetKey'>): StoredJob {
    if (this.jobs.has(job.id)) throw new Error(`A job with id ${job.id} already exists`);
    const stored: StoredJob = { ...job, assetKey: crypto.randomUUID() };
    this.jobs.set(stored.id, stored);
    this.jobsByAssetKey.set(stored.assetKey, stored);
    this.lastJobId = Math.max(this.lastJobId, stored.id);
    return stored;
  }

  /** Stores a task made whole elsewhere (a seed); later ids count on from the highest. */
  insertTask(task: StoredTask): void {
    if (this.tasks.has(task.id)) throw new Error(`A task with id ${task.id} already exists`);
    this.tasks.set(task.id, task);
    this.lastTaskId = Math.max(this.lastTaskId, task.id);
  }

  /** The ids the next job and task would get. */
  nextIds(): { job: number; task: number } {
    return { job: this.lastJobId + 1, task: this.lastTaskId + 1 };
  }

  /** Whether a job or a task has this id. */
  has(kind: 'job' | 'task', id: number): boolean {
    return kind === 'job' ? this.jobs.has(id) : this.tasks.has(id);
  }

  /** The current time, by the store's clock. */
  currentTime(): number {
    return this.now();
  }

  private addJob(
    owner: string,
    { request, outcome, submitted }: JobSubmission,
    createdAt: number,
    taskId?: number,
  ): StoredJob {
    this.lastJobId += 1;
    const job: StoredJob = {
      id: this.lastJobId,
      owner,
      request,
      createdAt,
      outcome,
      submitted,
      assetKey: crypto.randomUUID(),
      ...(taskId === undefined ? {} : { taskId }),
    };
    this.jobs.set(job.id, job);
    this.jobsByAssetKey.set(job.assetKey, job);
    return job;
  }

  /** Creates, in time order, every task job whose due time the clock has reached. */
  private settle(): void {
    if (this.tasksWithPendingJobs.size === 0) return;
    const now = this.now();
    const due: Array<{ task: StoredTask; job: PendingJob }> = [];
    for (const task of this.tasksWithPendingJobs) {
      while (task.pending[0] !== undefined && task.pending[0].dueAt <= now) {
        const job = task.pending.shift();
        if (job) due.push({ task, job });
      }
      if (task.pending.length === 0) this.tasksWithPendingJobs.delete(task);
    }
    due.sort((a, b) => a.job.dueAt - b.job.dueAt || a.task.id - b.task.id);
    for (const { task, job } of due) {
      task.jobIds.push(this.addJob(task.owner, job, job.dueAt, task.id).id);
    }
  }
}
