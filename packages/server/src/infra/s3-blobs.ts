// The blob store on an S3-compatible object store (Ceph RGW, Garage, SeaweedFS, a cloud store).
// Uploads are staged to a local temporary file while hashing, so the object key — the SHA-256 — is
// known before anything is sent; an object already under that key is not uploaded again.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  BlobNotFoundError,
  type BlobStore,
  blobRelativePath,
  deferredStream,
  sliceStream,
  type StagedFile,
  stagedBlob,
  staging,
} from './blobs.js';

export interface S3BlobOptions {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path (http://host/bucket/key) rather than the host name; most self-hosted stores need it. */
  forcePathStyle: boolean;
  /** Key prefix inside the bucket, e.g. 'blobs'. */
  prefix: string;
  /** Local directory for staging uploads. */
  tmpDir: string;
}

const isNotFound = (e: unknown) => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata?.httpStatusCode === 404;
};

export function s3BlobStore(opts: S3BlobOptions): BlobStore & { client: S3Client } {
  const client = new S3Client({
    endpoint: opts.endpoint,
    region: opts.region,
    forcePathStyle: opts.forcePathStyle,
    credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey },
    // Many S3-compatible stores reject or ignore the SDK's default CRC32 trailers; the blob name is
    // itself the SHA-256, checked again whenever a file is served.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const prefix = opts.prefix.replace(/\/+$/, '');
  const key = (sha: string) => (prefix ? `${prefix}/${blobRelativePath(sha)}` : blobRelativePath(sha));
  const Bucket = opts.bucket;

  const size = async (sha: string) => {
    try {
      return (await client.send(new HeadObjectCommand({ Bucket, Key: key(sha) }))).ContentLength ?? null;
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  };
  const has = async (sha: string) => (await size(sha)) !== null;

  const staged = (f: StagedFile) =>
    stagedBlob(f, async (discard) => {
      try {
        if (!(await has(f.sha256))) {
          // A single PUT: the object appears whole or not at all.
          await client.send(new PutObjectCommand({ Bucket, Key: key(f.sha256), Body: createReadStream(f.tmp), ContentLength: f.size }));
        }
      } finally {
        await discard();
      }
    });

  return {
    client,
    ...staging(opts.tmpDir, staged),
    read(sha, range) {
      const Key = key(sha);
      const Range = range ? `bytes=${range.start}-${range.end}` : undefined;
      return deferredStream(
        async () => {
          const res = await client.send(new GetObjectCommand({ Bucket, Key, Range }));
          const body = res.Body as Readable;
          if (!range) return body;
          // A store that ignored the Range (no Content-Range: the whole object) or answered another one
          // (s3rver reads `bytes=0-0` as `bytes=0-`) has its answer cut to the bytes asked for here.
          const sent = /^bytes (\d+)-(\d+)\//.exec(res.ContentRange ?? '');
          const from = sent ? Number(sent[1]) : 0;
          if (from === range.start && Number(sent?.[2]) === range.end) return body;
          if (from > range.start) throw new Error(`the object store answered bytes from ${from} for a range from ${range.start}`);
          return sliceStream(body, range.start - from, range.end - from);
        },
        (e) => (isNotFound(e) ? new BlobNotFoundError(sha) : e),
      );
    },
    has,
    size,
    async remove(sha) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key(sha) }));
    },
    async quarantine(sha) {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const aside = `${prefix ? `${prefix}/` : ''}quarantine/${sha}.${stamp}`;
      try {
        await client.send(new CopyObjectCommand({ Bucket, Key: aside, CopySource: `${Bucket}/${key(sha)}` }));
      } catch (e) {
        if (isNotFound(e)) return;
        throw e;
      }
      await client.send(new DeleteObjectCommand({ Bucket, Key: key(sha) }));
    },
  };
}
