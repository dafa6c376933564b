import { Hono } from 'hono'
import type { StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'

/** Placeholder: filled in by its area. */
export function provinceRoutes(_deps: StaffAreaDeps) {
  return new Hono<StaffEnv>()
}
