/** `kiosk_interval`: a kiosk's second answer sooner than one resident can follow another at the counter. */
export function isKioskInterval(lastAnswerAt: number | undefined, now: number, intervalSeconds: number): boolean {
  return lastAnswerAt !== undefined && now - lastAnswerAt < intervalSeconds * 1000
}
