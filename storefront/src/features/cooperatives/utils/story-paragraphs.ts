import type { Language } from "@/lib/i18n"

interface Story {
  story_en: string | null
  story_es: string | null
}

/** Paragraphs are separated by blank lines (lines of only spaces count as blank). */
export function storyParagraphs(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

/**
 * The story in the shopper's language; when staff have written only the other
 * one, that one, marked with its language so screen readers pronounce it right.
 */
export function pickStory(cooperative: Story, language: Language): { language: Language; paragraphs: string[] } {
  const wanted = storyParagraphs(language === "es" ? cooperative.story_es : cooperative.story_en)
  if (wanted.length > 0) return { language, paragraphs: wanted }
  const other: Language = language === "es" ? "en" : "es"
  return { language: other, paragraphs: storyParagraphs(other === "es" ? cooperative.story_es : cooperative.story_en) }
}
