import { Readable } from "node:stream";
import { expect, it } from "vitest";
import { buildRecordingKey, buildTenantPrefix } from "../keys/mediaKeys";
import type { MediaStorage } from "./MediaStorage";

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** The behaviour every store must have; run against the local folder and a real S3 server. */
export function describeStorageContract(getStorage: () => MediaStorage): void {
  it("stores a stream and reads it back whole and by range", async () => {
    const storage = getStorage();
    const key = buildRecordingKey("tenantA", "rec1");
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    const info = await storage.put(key, Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]), { contentType: "audio/wav" });
    expect(info.size).toBe(5000);
    const whole = await storage.get(key);
    expect(await readAll(whole!.body)).toEqual(bytes);
    const part = await storage.get(key, { start: 100, end: 199 });
    expect(part!.info.size).toBe(5000);
    expect(await readAll(part!.body)).toEqual(bytes.subarray(100, 200));
    expect((await storage.stat(key))?.size).toBe(5000);
  });

  it("replaces a file whole, lists by tenant prefix only, and deletes", async () => {
    const storage = getStorage();
    const mine = buildRecordingKey("tenantB", "one");
    const theirs = buildRecordingKey("tenantBB", "two");
    await storage.put(mine, Buffer.from("first version"));
    await storage.put(mine, Buffer.from("second"));
    await storage.put(theirs, Buffer.from("other tenant"));
    expect(await readAll((await storage.get(mine))!.body)).toEqual(Buffer.from("second"));
    expect((await storage.list(buildTenantPrefix("tenantB"))).map((f) => f.key)).toEqual([mine]);
    await storage.delete(mine);
    await storage.delete(mine);
    expect(await storage.get(mine)).toBeNull();
    expect(await storage.stat(mine)).toBeNull();
    expect((await storage.list(buildTenantPrefix("tenantB"))).length).toBe(0);
    expect((await storage.list(buildTenantPrefix("tenantBB"))).length).toBe(1);
  });
}
