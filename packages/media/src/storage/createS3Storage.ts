import type { S3Client } from "@aws-sdk/client-s3";
import type { Readable } from "node:stream";
import type { S3Settings } from "../env/readMediaEnv";
import type { MediaStorage, StoredFileInfo } from "./MediaStorage";

// The SDK is large: it is loaded the first time the S3 store is used, so processes on the local
// store (and every start-up) do not pay for it.
type Sdk = typeof import("@aws-sdk/client-s3");
let sdkLoading: Promise<Sdk> | null = null;
const loadSdk = () => (sdkLoading ??= import("@aws-sdk/client-s3"));

/** Creates the S3 client for the settings. */
export async function createS3Client(s3: S3Settings): Promise<S3Client> {
  const { S3Client } = await loadSdk();
  return new S3Client({
    region: s3.region,
    forcePathStyle: s3.forcePathStyle,
    ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
    ...(s3.credentials ? { credentials: s3.credentials } : {}),
    // Many S3-compatible stores do not accept the SDK's default streaming checksums (aws-chunked
    // uploads with trailers); send and check them only where S3 requires them.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

/** Files in any S3-compatible bucket (AWS S3, MinIO, Ceph, Garage, R2...). */
export function createS3Storage(s3: S3Settings): MediaStorage {
  let clientLoading: Promise<S3Client> | null = null;
  const connect = async () => ({ sdk: await loadSdk(), client: await (clientLoading ??= createS3Client(s3)) });
  const objectKey = (key: string) => (s3.prefix ? `${s3.prefix}/${key}` : key);
  const fromObjectKey = (key: string) => (s3.prefix ? key.slice(s3.prefix.length + 1) : key);
  const stat = async (key: string): Promise<StoredFileInfo | null> => {
    const { sdk, client } = await connect();
    try {
      const head = await client.send(new sdk.HeadObjectCommand({ Bucket: s3.bucket, Key: objectKey(key) }));
      return { key, size: Number(head.ContentLength ?? 0), modifiedAt: head.LastModified ?? new Date(0) };
    } catch (err) {
      if (isMissing(sdk, err)) return null;
      throw err;
    }
  };
  return {
    kind: "s3",
    async put(key, body, options) {
      // A plain PUT needs the length up front; audio files are bounded by the upload cap, so the
      // stream is gathered first (S3 itself replaces objects atomically).
      const bytes = Buffer.isBuffer(body) ? body : await collect(body);
      const { sdk, client } = await connect();
      await client.send(new sdk.PutObjectCommand({
        Bucket: s3.bucket, Key: objectKey(key), Body: bytes, ContentLength: bytes.length,
        ...(options?.contentType ? { ContentType: options.contentType } : {}),
      }));
      return (await stat(key)) ?? { key, size: bytes.length, modifiedAt: new Date() };
    },
    async get(key, range) {
      const { sdk, client } = await connect();
      try {
        const out = await client.send(new sdk.GetObjectCommand({
          Bucket: s3.bucket, Key: objectKey(key), ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
        }));
        const total = out.ContentRange ? Number(/\/(\d+)$/.exec(out.ContentRange)?.[1] ?? out.ContentLength) : Number(out.ContentLength ?? 0);
        return { body: out.Body as Readable, info: { key, size: total, modifiedAt: out.LastModified ?? new Date(0) } };
      } catch (err) {
        if (isMissing(sdk, err)) return null;
        throw err;
      }
    },
    stat,
    async delete(key) {
      const { sdk, client } = await connect();
      await client.send(new sdk.DeleteObjectCommand({ Bucket: s3.bucket, Key: objectKey(key) }));
    },
    async list(prefix) {
      const { sdk, client } = await connect();
      const found: StoredFileInfo[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new sdk.ListObjectsV2Command({ Bucket: s3.bucket, Prefix: objectKey(prefix), ...(token ? { ContinuationToken: token } : {}) }));
        for (const item of page.Contents ?? []) {
          if (item.Key) found.push({ key: fromObjectKey(item.Key), size: Number(item.Size ?? 0), modifiedAt: item.LastModified ?? new Date(0) });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return found.sort((a, b) => a.key.localeCompare(b.key));
    },
  };
}

function isMissing(sdk: Sdk, err: unknown): boolean {
  if (err instanceof sdk.NoSuchKey || err instanceof sdk.NotFound) return true;
  return err instanceof sdk.S3ServiceException && (err.$metadata.httpStatusCode === 404 || err.name === "NoSuchKey" || err.name === "NotFound");
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
