/**
 * The one service point a round can give each taking-part organisation that has
 * no open point, so every organisation can collect from the first day. The
 * officer renames it, adds services or closes it like any other point.
 */
export const DEFAULT_SERVICE_POINT = { nameTh: 'สำนักงาน อปท. – ทุกบริการ', nameEn: 'LGU office – all services' } as const

/** The "create a round" form ticks the option when the round covers more organisations than this. */
export const DEFAULT_POINTS_THRESHOLD = 10

export const defaultPointsSuggested = (organisationsCovered: number) => organisationsCovered > DEFAULT_POINTS_THRESHOLD
