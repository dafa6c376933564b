export { formatCount, formatDateTime, formatDay } from '../../../src/i18n/format.js'
