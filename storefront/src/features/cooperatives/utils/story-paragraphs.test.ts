import { describe, expect, it } from "vitest"
import { pickStory, storyParagraphs } from "./story-paragraphs"

describe("storyParagraphs", () => {
  it("splits on blank lines, including ones holding spaces or Windows line ends", () => {
    expect(storyParagraphs("One.\n\nTwo.\r\n  \r\nThree.")).toEqual(["One.", "Two.", "Three."])
  })

  it("keeps a single line break inside its paragraph", () => {
    expect(storyParagraphs("A line\nthe same paragraph\n\n\n\nNext")).toEqual(["A line\nthe same paragraph", "Next"])
  })

  it("has no paragraphs for an empty or missing story", () => {
    expect(storyParagraphs("  \n\n ")).toEqual([])
    expect(storyParagraphs(null)).toEqual([])
  })
})

describe("pickStory", () => {
  it("tells the story in the shopper's language", () => {
    const story = { story_en: "Hello.", story_es: "Hola." }
    expect(pickStory(story, "es")).toEqual({ language: "es", paragraphs: ["Hola."] })
    expect(pickStory(story, "en")).toEqual({ language: "en", paragraphs: ["Hello."] })
  })

  it("falls back to the other language, saying which, when one is missing", () => {
    expect(pickStory({ story_en: "Hello.", story_es: " " }, "es")).toEqual({ language: "en", paragraphs: ["Hello."] })
  })
})
