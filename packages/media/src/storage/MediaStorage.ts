import type { Readable } from "node:stream";

/** What is known about a stored file without reading it. */
export type StoredFileInfo = { key: string; size: number; modifiedAt: Date };

/** A byte range, inclusive at both ends (as in an HTTP Range header). */
export type ByteRange = { start: number; end: number };

/**
 * Where audio files live: the local `.data/` folder or an S3-compatible bucket. Keys come only
 * from `mediaKeys.ts`. `put` replaces atomically: a reader sees the old file or the new one.
 */
export interface MediaStorage {
  readonly kind: "local" | "s3";
  put(key: string, body: Readable | Buffer, options?: { contentType?: string }): Promise<StoredFileInfo>;
  /** Reads a file, or part of it; null when it does not exist. */
  get(key: string, range?: ByteRange): Promise<{ body: Readable; info: StoredFileInfo } | null>;
  stat(key: string): Promise<StoredFileInfo | null>;
  /** Deletes a file; deleting a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Every key under a prefix (a tenant's or a prompt's folder). */
  list(prefix: string): Promise<StoredFileInfo[]>;
}
