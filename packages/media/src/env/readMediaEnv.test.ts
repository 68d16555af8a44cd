import { describe, expect, it } from "vitest";
import { readMediaEnv } from "./readMediaEnv";

describe("media settings", () => {
  it("uses the local .data/media folder of the project by default, with a key derived from RUNTIME_SECRET", () => {
    const settings = readMediaEnv({ RUNTIME_SECRET: "runtime-secret-0123456789" });
    expect(settings.storage).toMatchObject({ kind: "local" });
    expect(settings.storage.kind === "local" && settings.storage.dir.endsWith(".data/media")).toBe(true);
    expect(settings.signingKey).toEqual(readMediaEnv({ RUNTIME_SECRET: "runtime-secret-0123456789" }).signingKey);
    expect(settings.signingKey).not.toEqual(readMediaEnv({ RUNTIME_SECRET: "another-secret-0123456789" }).signingKey);
    expect(readMediaEnv({ MEDIA_SECRET: "m".repeat(20), RUNTIME_SECRET: "runtime-secret-0123456789" }).signingKey).not.toEqual(settings.signingKey);
  });

  it("configures S3 with path-style addressing for a custom endpoint", () => {
    const settings = readMediaEnv({ MEDIA_SECRET: "m".repeat(20), S3_BUCKET: "b", S3_ENDPOINT: "http://127.0.0.1:9000", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s", S3_PREFIX: "/prod/" });
    expect(settings.storage).toEqual({
      kind: "s3",
      s3: { bucket: "b", endpoint: "http://127.0.0.1:9000", region: "us-east-1", forcePathStyle: true, prefix: "prod", credentials: { accessKeyId: "k", secretAccessKey: "s" } },
    });
    const aws = readMediaEnv({ MEDIA_SECRET: "m".repeat(20), S3_BUCKET: "b", S3_REGION: "eu-central-1" });
    expect(aws.storage).toEqual({ kind: "s3", s3: { bucket: "b", region: "eu-central-1", forcePathStyle: false, prefix: "" } });
  });

  it("names the variable at fault", () => {
    expect(() => readMediaEnv({})).toThrow(/MEDIA_SECRET/);
    expect(() => readMediaEnv({ MEDIA_SECRET: "short" })).toThrow(/MEDIA_SECRET must be at least 16/);
    expect(() => readMediaEnv({ MEDIA_SECRET: "m".repeat(20), S3_ENDPOINT: "http://x" })).toThrow(/S3_BUCKET: S3_ENDPOINT is set/);
    expect(() => readMediaEnv({ MEDIA_SECRET: "m".repeat(20), S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k" })).toThrow(/set both or neither/);
    expect(() => readMediaEnv({ MEDIA_SECRET: "m".repeat(20), S3_BUCKET: "b", S3_ENDPOINT: "not a url" })).toThrow(/S3_ENDPOINT must be a full URL/);
  });
});
