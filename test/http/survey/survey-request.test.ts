/** Which requests are the survey's, worked out from the method and the URL alone. */
import { describe, expect, it } from 'vitest'
import { surveyRoute } from '../../../src/http/survey/survey-request.js'

describe('the survey route of a request', () => {
  it.each([
    ['GET', '/s/KRB1001', { kind: 'form', code: 'KRB1001', query: '' }],
    ['HEAD', '/s/KRB1001?lang=en', { kind: 'form', code: 'KRB1001', query: 'lang=en' }],
    ['POST', '/s/KRB1001', { kind: 'submit', code: 'KRB1001', query: '' }],
    ['POST', '/s/krb1001', { kind: 'submit', code: 'KRB1001', query: '' }],
    ['GET', '/s/KRB1001/thanks', { kind: 'thanks', code: 'KRB1001', query: '' }],
    ['GET', '/s/KRB1001/privacy', { kind: 'privacy', code: 'KRB1001', query: '' }],
    ['GET', '/s/krb-1oo1/privacy?lang=en', { kind: 'canonical', location: '/s/KRB1001/privacy?lang=en', query: 'lang=en' }],
    ['GET', '/s/%3Cscript%3Ex', { kind: 'unknownCode', shown: '<script>x', query: '' }],
    ['PUT', '/s/ABC/anything', { kind: 'unknownCode', shown: 'ABC', query: '' }],
    ['GET', '/s?code=krb1001', { kind: 'search', query: 'code=krb1001' }],
    ['GET', '/k/abc_DEF-123', { kind: 'kiosk', token: 'abc_DEF-123', query: '' }],
  ])('%s %s is %o', (method, url, route) => {
    expect(surveyRoute(method, url)).toEqual(route)
  })

  it.each([
    ['GET', '/'],
    ['GET', '/sx'],
    ['GET', '/s/'],
    ['GET', '/s/KRB1001/'],
    ['GET', '/s/KRB1001/other'],
    ['PUT', '/s/KRB1001'],
    ['POST', '/s/KRB1001/thanks'],
    ['POST', '/s'],
    ['GET', '/k/'],
    ['GET', '/k/a/b'],
    ['GET', '/staff/sign-in'],
  ])('%s %s is another page’s', (method, url) => {
    expect(surveyRoute(method, url)).toBeUndefined()
  })
})
