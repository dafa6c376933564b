/**
 * How background work (jobs, the retention run, the alert evaluation) gives way to residents:
 * between its steps it waits a turn of the event loop, and longer while the survey's writer has
 * submissions in hand, so theirs are always written first.
 */
const BUSY_WAIT_MS = 5

/** Resolves once the writer is idle (after a turn at least); false when `stopped` says to end. */
export async function untilWriterIdle(busy: () => boolean, stopped: () => boolean): Promise<boolean> {
  do await new Promise((resolve) => setTimeout(resolve, busy() ? BUSY_WAIT_MS : 0))
  while (busy() && !stopped())
  return !stopped()
}
