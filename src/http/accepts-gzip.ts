/** Whether an Accept-Encoding header takes gzip (named, or by `*`, with a q above 0). */
export function acceptsGzip(header: string | undefined): boolean {
  return !!header && /(^|,)\s*(gzip|\*)\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[\d.]+)?\s*(,|$)/i.test(header)
}
