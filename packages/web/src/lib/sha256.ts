// SHA-256 of a file the user chooses, computed in the browser (WebCrypto): the file never leaves the device.

/** Lower-case hex SHA-256 of a file or blob. */
export async function sha256Hex(file: Blob): Promise<string> {
  // A view rather than the buffer itself: some environments hand out an ArrayBuffer of another realm.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(await file.arrayBuffer()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a computed hash is the one the court recorded (case and surrounding spaces ignored). */
export function sameHash(recorded: string, computed: string): boolean {
  return recorded.trim().toLowerCase() === computed.trim().toLowerCase();
}
