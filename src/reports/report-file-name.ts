/** The annual report's download name: ASCII for old browsers, Thai for the rest (`รายงานผลการประเมิน_81 กระบี่_ฉบับเผยแพร่.pdf`). */
import type { ScopeKey } from '../domain/scope.js'
import { safeName } from '../exports/results-export.js'

export function reportFileName(scope: ScopeKey, edition: string, provinceNameTh?: string): { ascii: string; thai: string } {
  const publicEdition = edition === 'public'
  const where = scope.kind === 'province' ? `${scope.provinceCode} ${provinceNameTh ?? ''}` : 'ทั่วประเทศ'
  return {
    ascii: `annual-report_${scope.kind === 'province' ? `province-${scope.provinceCode}` : 'national'}${publicEdition ? '_public' : ''}.pdf`,
    thai: `${safeName(`รายงานผลการประเมิน_${where}_${publicEdition ? 'ฉบับเผยแพร่' : 'ฉบับเจ้าหน้าที่'}`)}.pdf`,
  }
}
