import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import S3rver from "s3rver";
import { readMediaEnv } from "../env/readMediaEnv";
import { createMediaStorage } from "./createMediaStorage";
import type { MediaStorage } from "./MediaStorage";
import { describeStorageContract } from "./storageContract";

// A real S3-compatible server (s3rver, from the npm registry) on loopback: the store speaks the
// S3 REST protocol through @aws-sdk/client-s3 exactly as it would to AWS, MinIO or Ceph.
const port = 3451;
let server: S3rver;
let storage: MediaStorage;

beforeAll(async () => {
  server = new S3rver({
    port, address: "127.0.0.1", silent: true, directory: mkdtempSync(path.join(os.tmpdir(), "centrala-s3rver-")),
    configureBuckets: [{ name: "centrala-media", configs: [] }],
  });
  await server.run();
  const settings = readMediaEnv({
    MEDIA_SECRET: "media-secret-for-tests-0123", S3_BUCKET: "centrala-media", S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: "eu-central-1", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_PREFIX: "install-1",
  });
  storage = createMediaStorage(settings);
});
afterAll(async () => { await server?.close(); });

describe("S3-compatible storage", () => {
  describeStorageContract(() => storage);

  it("is the store chosen when S3_BUCKET is set", () => {
    expect(storage.kind).toBe("s3");
  });

  it("answers null for a key that is not there", async () => {
    expect(await storage.get("tenants/none/recordings/missing.wav")).toBeNull();
    expect(await storage.stat("tenants/none/recordings/missing.wav")).toBeNull();
  });
});
