/** One of the tenant's queues as validation and the editor see it: the id flows store, the name people read. */
export type QueueChoice = { id: string; label: string };

/** What the caller of validation knows about the tenant. When a list is given, references
 * outside it are problems; when it is missing, references of that sort are not checked. */
export type ValidationContext = {
  promptIds?: readonly string[];
  extensions?: readonly string[];
  queues?: readonly QueueChoice[];
  flowIds?: readonly string[];
};
