// Client-side checks for instant feedback on sign-in and registration forms (the server checks again).

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function looksLikeEmail(input: string): boolean {
  return emailPattern.test(input.trim());
}
