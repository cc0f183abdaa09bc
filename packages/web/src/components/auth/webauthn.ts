// The browser's answers to a passkey ceremony that mean "the person said no" rather than a fault.
import { WebAuthnError } from '@simplewebauthn/browser';

/** Cancelled, timed out or superseded by another ceremony: nothing to report as an error. */
export function isCeremonyCancelled(e: unknown): boolean {
  if (e instanceof WebAuthnError) return e.code === 'ERROR_CEREMONY_ABORTED' || e.name === 'NotAllowedError' || e.name === 'AbortError';
  return e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'AbortError');
}
