import { describe, expect, it } from 'vitest'
import { commandLineProblems } from '../../src/accounts/account-problems.js'

describe('commandLineProblems', () => {
  it('names the option and says what is wrong in English and Thai', () => {
    expect(commandLineProblems({ username: 'username', password: 'password', dlaCode: 'unknownOrganisation' })).toEqual([
      '--username: The username must have 3–64 characters: A–Z a–z 0–9 and . _ @ - (ชื่อผู้ใช้ต้องมี 3–64 ตัวอักษร และใช้ได้เฉพาะ A–Z a–z 0–9 และ . _ @ -)',
      '--password: The password must have at least 10 characters, or leave it empty to generate one (รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร หรือเว้นว่างให้ระบบสร้างให้)',
      '--organisation: There is no LGU with that DLA code. Check the code (ไม่พบ อปท. รหัสนี้ กรุณาตรวจสอบรหัสอีกครั้ง)',
    ])
  })

  it('says an unshowable display name in words, under --name', () => {
    expect(commandLineProblems({ displayName: 'displayNameInvisible' })).toEqual([
      '--name: The display name must have letters you can see and no control characters (ชื่อที่แสดงต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม)',
    ])
  })
})
