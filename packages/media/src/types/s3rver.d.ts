// s3rver (a test-only S3-compatible server) ships no types; this is the part the tests use.
declare module "s3rver" {
  type S3rverOptions = { port?: number; address?: string; silent?: boolean; directory: string; configureBuckets?: { name: string; configs: unknown[] }[] };
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<unknown>;
    close(): Promise<void>;
  }
}
