import { describe, expect, it } from 'vitest'
import { bundleEntryName, bundleFileName } from '../../src/posters/bundle-names.js'

describe('names inside a poster bundle', () => {
  it('leads with the province code and the DLA code, then the names people know', () => {
    expect(
      bundleEntryName({ provinceCode: '81', provinceNameTh: 'กระบี่', dlaCode: '4810102', type: 'town', nameTh: 'กระบี่' }),
    ).toBe('81 กระบี่/4810102 เทศบาลเมืองกระบี่.pdf')
    expect(
      bundleEntryName({ provinceCode: '20', provinceNameTh: 'ชลบุรี', dlaCode: '1234567', type: 'special', nameTh: 'เมืองพัทยา' }),
    ).toBe('20 ชลบุรี/1234567 เมืองพัทยา.pdf')
  })

  it('keeps a slash or control character in a name from making a folder of its own', () => {
    expect(
      bundleEntryName({ provinceCode: '81', provinceNameTh: 'กระ/บี่', dlaCode: '5810401', type: 'sao', nameTh: 'ก\\ข\u0000ค:ง' }),
    ).toBe('81 กระ บี่/5810401 องค์การบริหารส่วนตำบลก ข ค ง.pdf')
  })

  it('names the download by scope, in ASCII and in Thai', () => {
    expect(bundleFileName({ kind: 'province', provinceCode: '81' }, 'กระบี่')).toEqual({
      ascii: 'posters_province-81.zip',
      thai: 'โปสเตอร์_81 กระบี่.zip',
    })
    expect(bundleFileName({ kind: 'national' })).toEqual({ ascii: 'posters_national.zip', thai: 'โปสเตอร์_ทั่วประเทศ.zip' })
  })
})
