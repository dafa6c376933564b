/**
 * A short fingerprint of a whole answer set, for telling identical sets apart in memory
 * without keeping the answers: FNV-1a over the service and each item's value, in order.
 * Two different sets share one only by a 1-in-4-billion chance, which a flag can bear.
 */
export function answerSetKey(answers: ReadonlyArray<{ itemId: string; value: string }>, serviceId: number | null): number {
  let hash = 0x811c9dc5
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193)
    }
  }
  mix(String(serviceId ?? ''))
  for (const answer of answers) {
    mix('\u0000' + answer.itemId)
    mix('\u0001' + answer.value)
  }
  return hash >>> 0
}
