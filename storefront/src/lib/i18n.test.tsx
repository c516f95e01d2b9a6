import { act, render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { defineMessages, format, LanguageProvider, localeFor, pickLanguage, useLanguage, useMessages } from "./i18n"

const messages = defineMessages({
  en: { greeting: "Hello {name}", items: "{count} items" },
  es: { greeting: "Hola {name}", items: "{count} artículos" },
})

function Probe() {
  const t = useMessages(messages)
  const { setLanguage, locale } = useLanguage()
  return (
    <div>
      <p>{t("greeting", { name: "Ana" })}</p>
      <p data-testid="locale">{locale}</p>
      <button onClick={() => setLanguage("es")}>es</button>
    </div>
  )
}

describe("languages", () => {
  it("chooses Spanish for Spanish-speaking browsers only", () => {
    expect(pickLanguage("es-SV")).toBe("es")
    expect(pickLanguage("ES")).toBe("es")
    expect(pickLanguage("en-GB")).toBe("en")
    expect(pickLanguage(undefined)).toBe("en")
  })

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("{count} items", { count: 3 })).toBe("3 items")
    expect(format("Hello {name}")).toBe("Hello {name}")
  })

  it("keeps the browser's region in the locale when the language matches it", () => {
    expect(localeFor("es", "es-MX")).toBe("es-MX")
    expect(localeFor("es", "en-GB")).toBe("es-SV")
    expect(localeFor("en", "en-GB")).toBe("en-GB")
  })

  it("switches the whole page's language, sets <html lang> and remembers the choice", async () => {
    render(
      <LanguageProvider>
        <Probe />
      </LanguageProvider>
    )
    expect(screen.getByText("Hello Ana")).toBeTruthy()
    expect(document.documentElement.lang).toBe("en")
    await act(async () => screen.getByRole("button", { name: "es" }).click())
    expect(screen.getByText("Hola Ana")).toBeTruthy()
    expect(document.documentElement.lang).toBe("es")
    expect(window.localStorage.getItem("cis-crafts.language")).toBe("es")
    expect(screen.getByTestId("locale").textContent).toBe("es-SV")
  })
})
