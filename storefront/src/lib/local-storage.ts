// Storage can be disabled or full (private windows, strict privacy settings);
// the page must still work, it just forgets the choice after the visit.

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value)
  } catch {
    // Nothing to do: see above.
  }
}
