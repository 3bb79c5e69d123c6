export { JOBS_STOP_TIMEOUT_MS, startJobs, type Jobs, type RecurringJob } from './jobs';
