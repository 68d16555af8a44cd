import type { MediaSettings } from "../env/readMediaEnv";
import { createLocalStorage } from "./createLocalStorage";
import type { MediaStorage } from "./MediaStorage";
import { createS3Storage } from "./createS3Storage";

/** The store the settings name: S3-compatible when S3_BUCKET is set, else the local folder. */
export function createMediaStorage(settings: MediaSettings): MediaStorage {
  return settings.storage.kind === "s3" ? createS3Storage(settings.storage.s3) : createLocalStorage(settings.storage.dir);
}
