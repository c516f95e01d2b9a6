/**
 * A trust page's text as staff wrote it: blank lines separate paragraphs,
 * lines starting with "- " become a list, other lines break where they did.
 * Rendered as React text, never as HTML, so nothing in it can run.
 */
type Block = { kind: "paragraph"; lines: string[] } | { kind: "list"; items: string[] }

export function blocksOf(body: string): Block[] {
  const blocks: Block[] = []
  for (const chunk of body.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    for (const line of chunk.split("\n").map((text) => text.trim()).filter(Boolean)) {
      const last = blocks[blocks.length - 1]
      const item = /^[-•*]\s+(.*)$/.exec(line)?.[1]
      if (item !== undefined) {
        if (last?.kind === "list") last.items.push(item)
        else blocks.push({ kind: "list", items: [item] })
      } else if (last?.kind === "paragraph") last.lines.push(line)
      else blocks.push({ kind: "paragraph", lines: [line] })
    }
    // A blank line ends the paragraph or list it follows.
    blocks.push({ kind: "paragraph", lines: [] })
  }
  return blocks.filter((block) => (block.kind === "list" ? block.items.length : block.lines.length))
}

export function TrustPageBody({ body }: { body: string }) {
  return (
    <div className="trust-page__body">
      {blocksOf(body).map((block, index) =>
        block.kind === "list" ? (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>
            {block.lines.map((line, lineIndex) => (
              <span key={lineIndex}>
                {lineIndex > 0 && <br />}
                {line}
              </span>
            ))}
          </p>
        )
      )}
    </div>
  )
}
