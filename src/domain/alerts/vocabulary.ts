/** The rules that raise an alert on a service point, and the life of an alert. */
export const ALERT_RULES = ['low_share', 'silence'] as const
export type AlertRule = (typeof ALERT_RULES)[number]

/** Open: nobody has answered it yet; acknowledged: an officer gave the cause; closed: the figure recovered. */
export const ALERT_STATUSES = ['open', 'acknowledged', 'closed'] as const
export type AlertStatus = (typeof ALERT_STATUSES)[number]

/** The longest comment an officer can give on an alert's cause. */
export const MAX_ALERT_COMMENT = 1000
