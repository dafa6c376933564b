export type KioskReturnProps = {
  /** A fresh form for the next resident. */
  href: string
  seconds: number
  /** The countdown sentence around its number: "… in ", " seconds". */
  countdown: { before: string; after: string }
  labels: { again: string; pause: string; resume: string; paused: string }
}

/**
 * The way back to a fresh form on a kiosk. Without JavaScript it is the link alone; static/kiosk.js
 * unhides a countdown that follows the link by itself, with a button to pause it, so nobody is hurried
 * off the page (WCAG 2.2.1), and the link skips the wait. Only pausing and resuming are announced.
 */
export function KioskReturn(p: KioskReturnProps) {
  return (
    <div class="kiosk-return" data-kiosk-return data-seconds={p.seconds}>
      <p class="kiosk-return__countdown" hidden data-countdown>
        <span data-countdown-running>
          {p.countdown.before}
          <strong data-countdown-seconds>{p.seconds}</strong>
          {p.countdown.after}
        </span>
        <span hidden data-countdown-paused>
          {p.labels.paused}
        </span>
      </p>
      <p class="visually-hidden" role="status" data-countdown-status></p>
      <div class="kiosk-return__actions">
        <a class="button" href={p.href} data-countdown-skip>
          {p.labels.again}
        </a>
        <button
          type="button"
          class="button button--secondary"
          hidden
          data-countdown-toggle
          data-pause={p.labels.pause}
          data-resume={p.labels.resume}
        >
          {p.labels.pause}
        </button>
      </div>
    </div>
  )
}
