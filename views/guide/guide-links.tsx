/** Links to the guides of the other roles (and, on a "not found" page, to all of them). */
export type GuideLink = { href: string; text: string }

export function GuideLinks({ heading, links }: { heading: string; links: GuideLink[] }) {
  return (
    <nav aria-labelledby="guide-others" class="guide__others">
      <h2 class="heading-m" id="guide-others">
        {heading}
      </h2>
      <ul class="link-list">
        {links.map((link) => (
          <li>
            <a href={link.href}>{link.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
