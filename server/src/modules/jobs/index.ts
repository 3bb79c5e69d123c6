export { JOBS_STOP_TIMEOUT_MS, startJobs, type Jobs, type RecurringJob } from './jobs';
export { listen, wokenWorker, type Listener, type WokenWorker } from './listen';
export { createHandOff, WORKER_APPLICATION_NAME, type HandOff } from './hand-off';
export { logFromThread, threadLogger, type ThreadLog } from './threads';
export { outboxOnThread, serveOutbox, threadClock, type ThreadOutbox } from './outbox-thread';
