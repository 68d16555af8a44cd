// The PostgreSQL-backed job queue (pg-boss): job definitions, sending jobs inside the caller's
// transaction, installing the queues, and the e-mail outbox entry point.
export { jobDefinitions, type JobName, type JobPayload } from "./jobDefinitions";
export { sendJob, DEFAULT_JOB_SCHEMA, type SqlClient } from "./sendJob";
export { installJobQueues } from "./installJobQueues";
export { enqueueEmail, type OutboxClient, type OutgoingEmail } from "./enqueueEmail";
