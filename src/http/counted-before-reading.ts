import type { MiddlewareHandler } from 'hono'

// The residents' pages: the form and its submission read no tally, and the thank-you page adds what is not yet counted itself.
const SURVEY = /^\/(s|k)(\/|$)/
// A background job's pages say how far it has come; its page polls them every few seconds while it runs.
const JOBS = /^\/staff\/jobs(\/|$)/

/**
 * Before any staff or public page, export or API call, which may read the
 * tallies, the responses stored but not yet counted are counted (up to a bound,
 * see `background-counting.ts`), so results include what was just submitted.
 * Pages that never read them do not wait: under a burst of submissions a count
 * can take its whole bound, and a job's progress is asked for again and again.
 */
export function countedBeforeReading(catchUp: () => void): MiddlewareHandler {
  return async (c, next) => {
    if (!SURVEY.test(c.req.path) && !JOBS.test(c.req.path)) catchUp()
    await next()
  }
}
