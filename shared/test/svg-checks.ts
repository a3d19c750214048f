/** Checks shared by the SVG tests. */

/** Code points in `text` that XML 1.0 does not allow, as hex (empty when the text is clean). */
export function forbiddenXmlChars(text: string): string[] {
  const bad: string[] = []
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const allowed =
      code === 0x09 ||
      code === 0x0a ||
      code === 0x0d ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000
    if (!allowed) bad.push(code.toString(16))
  }
  return bad
}

/**
 * A light well-formedness check (the server test parses the documents with resvg for real):
 * every tag closes in order, and every "&" starts an entity.
 */
export function expectWellFormed(svg: string): void {
  const open: string[] = []
  for (const [tag, closing, name, selfClosing] of svg.matchAll(
    /<(\/?)([a-zA-Z][\w:-]*)(?:\s+[\w:-]+="[^"<]*")*\s*(\/?)>/g,
  )) {
    if (selfClosing) continue
    if (closing) {
      if (open.pop() !== name) throw new Error(`unbalanced ${tag}`)
    } else {
      open.push(name ?? '')
    }
  }
  if (open.length > 0) throw new Error(`unclosed <${open.join('>, <')}>`)
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(svg)) throw new Error('a bare "&"')
  const withoutTags = svg.replace(/<\?xml[^>]*\?>/, '').replace(/<[^>]*>/g, '')
  if (/[<>]/.test(withoutTags)) throw new Error('a raw "<" or ">" outside a tag')
}
