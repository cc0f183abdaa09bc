// A software WebAuthn authenticator for tests, written from the specification with node:crypto and
// a small CBOR encoder of its own (independent of the library under test): ES256 (P-256) key pairs,
// authenticator data, clientDataJSON, 'none' attestation for registration and signed assertions for
// sign-in. Every part a browser or authenticator would fill in can be overridden, so tests can send
// what a phishing site, a cloned authenticator or a replayed response would.
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';

type Cbor = number | string | Uint8Array | Map<number | string, Cbor>;

function head(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
  if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(n, 1);
  return b;
}

/** CBOR (RFC 8949) of the few types WebAuthn needs: integers, text, bytes and maps. */
export function cbor(v: Cbor): Buffer {
  if (typeof v === 'number') return v >= 0 ? head(0, v) : head(1, -1 - v);
  if (typeof v === 'string') {
    const bytes = Buffer.from(v, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (v instanceof Uint8Array) return Buffer.concat([head(2, v.length), v]);
  const parts: Buffer[] = [head(5, v.size)];
  for (const [k, x] of v) parts.push(cbor(k), cbor(x));
  return Buffer.concat(parts);
}

const b64url = (b: Uint8Array) => Buffer.from(b).toString('base64url');
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest();

interface Credential {
  id: Buffer;
  privateKey: KeyObject;
  publicKey: KeyObject;
  rpId: string;
  userHandle: string;
  counter: number;
}

export interface Ceremony {
  origin?: string;
  rpId?: string;
  /** Whether the person was verified (fingerprint, PIN); a passkey sign-in requires it. */
  userVerified?: boolean;
  type?: string;
}

interface CreationOptions {
  challenge: string;
  rp: { id?: string };
  user: { id: string };
}
interface RequestOptions {
  challenge: string;
  rpId?: string;
}

export class SoftAuthenticator {
  readonly credentials: Credential[] = [];
  constructor(readonly origin = 'http://localhost:3000') {}

  private authData(rpId: string, uv: boolean, counter: number, attested?: Credential): Buffer {
    const flags = 0x01 /* UP */ | (uv ? 0x04 : 0) | (attested ? 0x40 /* AT */ : 0);
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    const parts: Buffer[] = [sha256(rpId), Buffer.from([flags]), count];
    if (attested) {
      const jwk = attested.publicKey.export({ format: 'jwk' });
      const coseKey = new Map<number, Cbor>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(jwk.x!, 'base64url')],
        [-3, Buffer.from(jwk.y!, 'base64url')],
      ]);
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(attested.id.length);
      parts.push(Buffer.alloc(16) /* AAGUID: none */, idLength, attested.id, cbor(coseKey));
    }
    return Buffer.concat(parts);
  }

  private clientData(type: string, challenge: string, origin: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }), 'utf8');
  }

  /** navigator.credentials.create: a new discoverable ES256 credential with 'none' attestation. */
  create(options: CreationOptions, c: Ceremony & { again?: Credential } = {}) {
    const rpId = c.rpId ?? options.rp.id ?? 'localhost';
    // `again`: an authenticator that ignores excludeCredentials and registers an existing credential once more.
    let credential = c.again;
    if (!credential) {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      credential = { id: randomBytes(32), privateKey, publicKey, rpId, userHandle: options.user.id, counter: 0 };
      this.credentials.push(credential);
    }
    const clientDataJSON = this.clientData(c.type ?? 'webauthn.create', options.challenge, c.origin ?? this.origin);
    const authData = this.authData(rpId, c.userVerified ?? true, credential.counter, credential);
    const attestationObject = cbor(
      new Map<string, Cbor>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key' as const,
      response: { clientDataJSON: b64url(clientDataJSON), attestationObject: b64url(attestationObject), transports: ['internal'] },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform' as const,
    };
  }

  /**
   * navigator.credentials.get with a discoverable credential: signs the challenge with the chosen
   * credential (the last one created by default). `claimId` sends another credential id than the key.
   */
  get(options: RequestOptions, c: Ceremony & { credential?: Credential; claimId?: string; counter?: number } = {}) {
    const credential = c.credential ?? this.credentials.at(-1);
    if (!credential) throw new Error('no credential on this authenticator');
    credential.counter = c.counter ?? credential.counter + 1;
    const clientDataJSON = this.clientData(c.type ?? 'webauthn.get', options.challenge, c.origin ?? this.origin);
    const authData = this.authData(c.rpId ?? options.rpId ?? credential.rpId, c.userVerified ?? true, credential.counter);
    // ES256 signatures in WebAuthn are DER-encoded ECDSA, node's default for EC keys.
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), credential.privateKey);
    const id = c.claimId ?? b64url(credential.id);
    return {
      id,
      rawId: id,
      type: 'public-key' as const,
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        userHandle: credential.userHandle,
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform' as const,
    };
  }
}
