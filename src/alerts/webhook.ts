/**
 * The optional outgoing webhook: each newly opened alert POSTed as JSON to ALERT_WEBHOOK_URL,
 * so a province can route it to its own chat or mail. Sent in the background: a failed
 * attempt is retried after 1 s, 2 s, 4 s … up to the attempts allowed, then logged; nothing
 * waits for it and nothing is thrown.
 */
export type AlertWebhookOptions = {
  url: string
  attempts: number
  /** The wait before the second attempt; each later one doubles it. */
  firstDelayMs?: number
  timeoutMs?: number
  log?: (message: string) => void
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())

export function createAlertWebhook({
  url,
  attempts,
  firstDelayMs = 1000,
  timeoutMs = 10_000,
  log = (message) => console.error(message),
}: AlertWebhookOptions) {
  const pending = new Set<Promise<boolean>>()

  async function deliver(body: string): Promise<boolean> {
    let failure = ''
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        })
        await res.body?.cancel()
        if (res.ok) return true
        failure = `HTTP ${res.status}`
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error)
      }
      if (attempt < attempts) await sleep(firstDelayMs * 2 ** (attempt - 1))
    }
    log(`alert webhook: not delivered after ${attempts} attempt${attempts === 1 ? '' : 's'} (${failure})`)
    return false
  }

  return {
    /** Starts the delivery and returns at once. */
    send(payload: unknown): void {
      const delivery = deliver(JSON.stringify(payload))
      pending.add(delivery)
      void delivery.finally(() => pending.delete(delivery))
    },
    /** Resolves when every delivery under way has succeeded or given up (for tests and shutdown). */
    async idle(): Promise<void> {
      while (pending.size > 0) await Promise.all(pending)
    },
  }
}

export type AlertWebhook = ReturnType<typeof createAlertWebhook>
