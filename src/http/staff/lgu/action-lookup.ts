/**
 * Where the "you said, we did" pages live, and the organisation or action a staff address names,
 * found through the caller's scope (another organisation's is not found).
 */
import type { Db } from '../../../db/client.js'
import { findOrganisation } from '../../../db/queries/collection.js'
import { findAction } from '../../../db/queries/service-actions.js'
import { staffOf, type StaffContext } from '../context.js'
import { idParam } from './round-choice.js'

export const actionListPath = (organisationId: number) => `/staff/organisations/${organisationId}/actions`

/** The photo's address carries its time, so a replaced photo is fetched anew. */
export const actionPhotoPath = (a: { id: number; photoAt: number | null }) => `/staff/actions/${a.id}/photo.jpg?v=${a.photoAt}`

export function actionLookups(db: Db) {
  return {
    organisationOf(c: StaffContext) {
      const id = idParam(c.req.param('id'))
      return id === undefined ? undefined : findOrganisation(db, staffOf(c).scope, id)
    },
    actionOf(c: StaffContext) {
      const id = idParam(c.req.param('id'))
      const action = id === undefined ? undefined : findAction(db, staffOf(c).scope, id)
      const org = action && findOrganisation(db, staffOf(c).scope, action.organisationId)
      return action && org ? { action, org } : undefined
    },
  }
}
