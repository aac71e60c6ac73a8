import { VARIABILITY_MAP_UDP } from '../examples/jobRequestExamples';
import type { ProcessingJobSummary } from '../models/ProcessingJobSummary';
import { knownErrors } from '../wire/knownErrors';
import type { WSStatusMessage } from '../ws/WSStatusMessage';
import type { WSTaskStatusMessage } from '../ws/WSTaskStatusMessage';
import { wsCloseCodes } from '../ws/wsCloseCodes';
import { wsMessageTexts } from '../ws/wsMessageTexts';

type Example<M> = { name: string; summary: string; payload: M };

const job = {
  id: 7,
  title: 'Antwerp - Processing Job 1',
  label: 'openeo',
  status: 'running',
  service: {
    endpoint: 'https://openeofed.dataspace.copernicus.eu',
    namespace: null,
    application: VARIABILITY_MAP_UDP,
  },
  parameters: { temporal_extent: ['2025-05-01', '2025-05-01'] },
} satisfies ProcessingJobSummary;

const init = { type: 'init', data: null, message: wsMessageTexts.init } as const;
const loading = { type: 'loading', data: null, message: wsMessageTexts.loading } as const;

/** One message of each kind of the `/ws/jobs_status` stream. */
export const jobsStatusExamples: Example<WSStatusMessage>[] = [
  { name: 'init', summary: 'The stream is accepted', payload: init },
  { name: 'loading', summary: 'A poll begins', payload: loading },
  {
    name: 'status',
    summary: 'The status at this poll',
    payload: {
      type: 'status',
      data: {
        upscaling_tasks: [{ id: 3, title: 'Antwerp', label: 'openeo', status: 'running' }],
        processing_jobs: [{ ...job, id: 5, title: 'Example openEO Job', status: 'finished' }],
      },
      message: null,
    },
  },
  {
    name: 'error',
    summary: 'The token cannot be read; a 1011 close follows',
    payload: {
      type: 'error',
      data: null,
      message: knownErrors.AUTHENTICATION_FAILED.message,
    },
  },
];

/** One message of each kind of the `/ws/upscale_tasks/{task_id}` stream. */
export const upscaleTaskExamples: Example<WSTaskStatusMessage>[] = [
  { name: 'init', summary: 'The stream is accepted', payload: { ...init, task_id: 3 } },
  { name: 'loading', summary: 'A poll begins', payload: { ...loading, task_id: 3 } },
  {
    name: 'status',
    summary: 'The task and its jobs at this poll',
    payload: {
      type: 'status',
      task_id: 3,
      data: {
        id: 3,
        title: 'Antwerp',
        label: 'openeo',
        status: 'running',
        service: job.service,
        created: '2026-05-01T10:00:00',
        updated: '2026-05-01T10:00:04.250000',
        jobs: [job],
      },
      message: null,
    },
  },
  {
    name: 'error',
    summary: `No such task for this user; a 1011 ${wsCloseCodes.TASK_NOT_FOUND.reason} close follows`,
    payload: {
      type: 'error',
      task_id: 4,
      data: null,
      message: knownErrors.TASK_NOT_FOUND.message,
    },
  },
];
