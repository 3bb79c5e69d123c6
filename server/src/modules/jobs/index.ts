export { startJobs, type Jobs, type RecurringJob } from './jobs';
