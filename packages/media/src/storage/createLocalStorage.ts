import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ByteRange, MediaStorage, StoredFileInfo } from "./MediaStorage";

/** Files in a folder on this machine (`.data/media` by default). */
export function createLocalStorage(dir: string): MediaStorage {
  const root = path.resolve(dir);
  const locate = (key: string) => {
    const file = path.resolve(root, key);
    if (!file.startsWith(root + path.sep) || key.includes("\\")) throw new Error(`Storage key "${key}" is outside the media folder`);
    return file;
  };
  const info = async (key: string): Promise<StoredFileInfo | null> => {
    try {
      const s = await stat(locate(key));
      return s.isFile() ? { key, size: s.size, modifiedAt: s.mtime } : null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  };
  return {
    kind: "local",
    async put(key, body) {
      const file = locate(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written beside the target and renamed into place: readers never see half a file.
      const temp = `${file}.${randomBytes(6).toString("hex")}.part`;
      try {
        await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(temp, { flags: "wx" }));
        await rename(temp, file);
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
      return (await info(key))!;
    },
    async get(key, range?: ByteRange) {
      const found = await info(key);
      if (!found) return null;
      const body = createReadStream(locate(key), range ? { start: range.start, end: range.end } : {});
      return { body, info: found };
    },
    stat: info,
    async delete(key) {
      await rm(locate(key), { force: true });
    },
    async list(prefix) {
      const found: StoredFileInfo[] = [];
      // The folder that holds every key with this prefix ("a/b/" -> a/b, "a/b/c" -> a/b).
      const folder = path.dirname(locate(`${prefix}x`));
      await walk(folder, async (file) => {
        const key = path.relative(root, file).split(path.sep).join("/");
        if (!key.startsWith(prefix) || key.endsWith(".part")) return;
        const s = await stat(file);
        found.push({ key, size: s.size, modifiedAt: s.mtime });
      });
      return found.sort((a, b) => a.key.localeCompare(b.key));
    },
  };
}

async function walk(folder: string, visit: (file: string) => Promise<void>): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw err;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(full, visit);
    else if (entry.isFile()) await visit(full);
  }
}
