/** What the caller of validation knows about the tenant. When a list is given, references
 * outside it are problems; when it is missing, references of that sort are not checked. */
export type ValidationContext = {
  promptIds?: readonly string[];
  extensions?: readonly string[];
  queues?: readonly string[];
  flowIds?: readonly string[];
};
