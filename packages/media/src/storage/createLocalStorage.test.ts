import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { createLocalStorage } from "./createLocalStorage";
import { describeStorageContract } from "./storageContract";

const dir = mkdtempSync(path.join(os.tmpdir(), "centrala-media-local-"));

describe("local folder storage", () => {
  describeStorageContract(() => createLocalStorage(dir));

  it("leaves no partial file when the upload stream fails, and keeps the old file", async () => {
    const storage = createLocalStorage(dir);
    const key = "tenants/t1/recordings/broken.wav";
    await storage.put(key, Buffer.from("old"));
    const failing = new Readable({ read() { this.push(Buffer.from("partial")); this.destroy(new Error("client went away")); } });
    await expect(storage.put(key, failing)).rejects.toThrow("client went away");
    expect(readdirSync(path.join(dir, "tenants/t1/recordings"))).toEqual(["broken.wav"]);
    expect((await storage.stat(key))?.size).toBe(3);
  });

  it("refuses keys that point outside its folder", async () => {
    const storage = createLocalStorage(dir);
    await expect(storage.put("../escape.wav", Buffer.from("x"))).rejects.toThrow(/outside the media folder/);
    await expect(storage.get("/etc/passwd")).rejects.toThrow(/outside the media folder/);
  });
});
