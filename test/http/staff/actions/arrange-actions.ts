/**
 * An LGU officer of เทศบาลเมืองกระบี่ signed in, with multipart posts for the action form (it
 * carries a photo) and counts of what was stored.
 */
import sharp from 'sharp'
import type { Config } from '../../../../src/config.js'
import { arrangeSurvey, type RoundSpec } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn, type StaffAgent } from '../../../helpers/staff.js'

export type ActionFields = Record<string, string | string[]>

export async function arrangeActions(options: { config?: Partial<Config>; round?: RoundSpec } = {}) {
  const s = arrangeSurvey(options)
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  await createStaff(s.db, { role: 'lgu', username: 'chiang-mai', dlaCode: '3500102' })
  const officer = await signIn(s.app, 'krabi-town')
  const orgId = s.organisationIds['4810102']
  const send = (agent: StaffAgent, path: string, fields: ActionFields, photo?: File) => {
    const body = new FormData()
    body.append('_csrf', agent.csrf)
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v)
    if (photo) body.append('photo', photo)
    return s.app.request(path, { method: 'POST', headers: { cookie: agent.cookie }, body })
  }
  const count = (table: string) => (s.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
  const stored = () => ({
    actions: count('service_actions'),
    points: count('service_action_points'),
    photos: count('service_action_photos'),
    audit: (
      s.db.$client.prepare("select count(*) as n from audit_log where action like 'service_action%'").get() as { n: number }
    ).n,
  })
  return {
    ...s,
    officer,
    orgId,
    other: () => signIn(s.app, 'chiang-mai'),
    record: (fields: ActionFields, photo?: File, agent = officer) =>
      send(agent, `/staff/organisations/${orgId}/actions/new`, fields, photo),
    edit: (id: number, fields: ActionFields, photo?: File) => send(officer, `/staff/actions/${id}/edit`, fields, photo),
    stored,
    lastActionId: () => (s.db.$client.prepare('select max(id) as id from service_actions').get() as { id: number }).id,
  }
}

/** A camera photo: 2400 × 1800 JPEG with EXIF that names the camera and a GPS position. */
export async function cameraJpeg(): Promise<File> {
  const bytes = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#3a7bd5' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Secret Model 9', Copyright: 'resident' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '8/1 4/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '98/1 54/1 0/1' },
    })
    .toBuffer()
  return new File([new Uint8Array(bytes)], 'after.jpg', { type: 'image/jpeg' })
}

export const DONE_ACTION = (pointId: number): ActionFields => ({
  points: String(pointId),
  topic: 'aspect:facilities',
  residentsSaid: 'ที่นั่งรอไม่พอ ต้องยืนรอนาน',
  changed: 'เพิ่มเก้าอี้รอรับบริการ 20 ที่ และพัดลม 4 ตัว',
  status: 'done',
  plannedOn: '2025-05-20',
  startedOn: '2025-05-25',
  doneOn: '2025-06-01',
})
