/**
 * The demo: five real organisations from two provinces, as rows of DLA's own
 * registry format (so the demo goes through the real importer), and service
 * points with fixed codes so README can name a working URL.
 */
export const DEMO_REGISTRY_CSV = `จังหวัด,อำเภอ,ตำบล,รหัส อปท.,ประเภท อปท.,อปท.,ที่ตั้งสำนักงานเลขที่,หมู่ที่,รหัสไปรษณีย์,ขนาดพื้นที่,LAT,LONG,เว็ปไซต์ของอปท
กระบี่,เมืองกระบี่,,4810102,เทศบาลเมือง,กระบี่,,,,19.5,8.084671607,98.90705216,
กระบี่,คลองท่อม,,5810401,เทศบาลตำบล,คลองท่อมใต้,,,,2.7,7.952981685,99.15039092,
กระบี่,คลองท่อม,,6810403,อบต.,คลองท่อมเหนือ,,,,176.34,,,
เชียงใหม่,เมืองเชียงใหม่,,3500102,เทศบาลนคร,เชียงใหม่,,,,,,,
เชียงใหม่,สันทราย,,4501401,เทศบาลเมือง,แม่โจ้,,,,,18.93,99.01,
`

export type DemoPoint = {
  dlaCode: string
  code: string
  nameTh: string
  nameEn: string
  department: string
  active: boolean
  services: [th: string, en: string][]
}

export const DEMO_POINTS: DemoPoint[] = [
  {
    dlaCode: '4810102',
    code: 'KRB1001',
    nameTh: 'กองคลัง – งานจัดเก็บภาษี',
    nameEn: 'Finance Division – Local Taxes',
    department: 'กองคลัง',
    active: true,
    services: [
      ['ชำระภาษีที่ดินและสิ่งปลูกสร้าง', 'Land and building tax'],
      ['ชำระภาษีป้าย', 'Signboard tax'],
      ['ขอใบอนุญาตประกอบกิจการ', 'Business licence'],
    ],
  },
  {
    dlaCode: '4810102',
    code: 'KRB1002',
    nameTh: 'งานทะเบียนราษฎร',
    nameEn: 'Civil Registration',
    department: 'สำนักปลัดเทศบาล',
    active: true,
    services: [
      ['แจ้งเกิด แจ้งตาย', 'Birth and death registration'],
      ['แจ้งย้ายที่อยู่', 'Change of address'],
      ['ทำบัตรประจำตัวประชาชน', 'National ID card'],
    ],
  },
  {
    dlaCode: '5810401',
    code: 'KRB2001',
    nameTh: 'ศูนย์บริการร่วม สำนักปลัด',
    nameEn: 'One-stop Service Centre',
    department: 'สำนักปลัดเทศบาล',
    active: true,
    services: [['ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ', 'Old-age allowance registration']],
  },
  {
    dlaCode: '6810403',
    code: 'KRB3001',
    nameTh: 'งานป้องกันและบรรเทาสาธารณภัย',
    nameEn: 'Disaster Prevention and Relief',
    department: 'สำนักปลัด อบต.',
    active: true,
    services: [],
  },
  {
    dlaCode: '3500102',
    code: 'CNX1001',
    nameTh: 'ศูนย์บริการประชาชน ชั้น 1',
    nameEn: 'Citizen Service Centre, ground floor',
    department: 'สำนักปลัดเทศบาล',
    active: true,
    services: [
      ['ยื่นคำร้องทั่วไป', 'General requests'],
      ['ขอข้อมูลข่าวสารราชการ', 'Official information requests'],
    ],
  },
  {
    dlaCode: '3500102',
    code: 'CNX1002',
    nameTh: 'กองช่าง – ขออนุญาตก่อสร้าง',
    nameEn: 'Engineering Division – Building Permits',
    department: 'กองช่าง',
    active: true,
    services: [
      ['ขออนุญาตก่อสร้างอาคาร', 'Building permit'],
      ['ขอรับรองสิ่งปลูกสร้าง', 'Building certificate'],
    ],
  },
  {
    dlaCode: '3500102',
    code: 'CNX1009',
    nameTh: 'จุดบริการชั่วคราว (ปิดแล้ว)',
    nameEn: 'Temporary service desk (closed)',
    department: 'สำนักปลัดเทศบาล',
    active: false,
    services: [],
  },
  {
    dlaCode: '4501401',
    code: 'CNX2001',
    nameTh: 'กองสาธารณสุข – ใบอนุญาตด้านสุขภาพ',
    nameEn: 'Public Health – Health Licences',
    department: 'กองสาธารณสุขและสิ่งแวดล้อม',
    active: true,
    services: [
      ['ใบอนุญาตจำหน่ายอาหาร', 'Food business licence'],
      ['ขอรับบริการเก็บขยะ', 'Waste collection'],
    ],
  },
]

export const DEMO_SURVEY_CODE = 'KRB1001'
