/** Instants in Bangkok for the rules' timelines: 10 June 2025 is a Tuesday. */
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** `hh:mm` Bangkok (UTC+7) on June `day` 2025. */
export const bangkok = (day: number, hh: number, mm = 0, ss = 0) => Date.UTC(2025, 5, day, hh - 7, mm, ss)

/** Every item of a five-item form at the top level, as residents of Thai LGUs mostly answer. */
export const ALL_TOP = ['q1', 'q2', 'q3', 'q4', 'q5'].map((itemId) => ({ itemId, value: '5' }))

/** A different answer set for each `n`. */
export const distinct = (n: number) => [...ALL_TOP.slice(0, 4), { itemId: 'comment', value: `ข้อความ ${n}` }]
