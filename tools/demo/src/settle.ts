/** Waits until `probe` gives a truthy value, with a deadline and a message saying what was awaited. */
export async function settle<T>(
  probe: () => Promise<T | null | false | undefined> | T | null | false | undefined,
  what: string,
  timeoutMs = 30000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as T;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
