import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { DEPARTMENTS } from "@cis/contract/cooperative-vocabulary"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { DepartmentMap } from "./department-map"

function renderMap(highlighted: keyof typeof DEPARTMENTS, language: Language = "en") {
  return render(
    <LanguageProvider initial={language}>
      <DepartmentMap highlighted={highlighted} />
    </LanguageProvider>
  )
}

describe("DepartmentMap", () => {
  it("is one image whose name says which department is highlighted", () => {
    renderMap("morazan")
    expect(screen.getByRole("img", { name: "Map of El Salvador's 14 departments, with Morazán highlighted" })).toBeTruthy()
  })

  it("names it in Spanish for a Spanish reader", () => {
    renderMap("la-union", "es")
    expect(screen.getByRole("img", { name: "Mapa de los 14 departamentos de El Salvador, con La Unión resaltado" })).toBeTruthy()
  })

  it("draws all 14 departments, each titled, with exactly the cooperative's one highlighted", () => {
    const { container } = renderMap("cabanas")
    const departments = [...container.querySelectorAll("path[data-department]")]
    expect(departments.map((path) => path.querySelector("title")?.textContent).sort()).toEqual(
      Object.values(DEPARTMENTS).sort()
    )
    const highlighted = container.querySelectorAll('[data-highlighted="true"]')
    expect([...highlighted].map((path) => path.getAttribute("data-department"))).toEqual(["cabanas"])
    expect(highlighted[0]?.getAttribute("class")).toContain("department-map__department--highlighted")
  })

  it("moves the highlight and its marker with the department", () => {
    const { container, rerender } = renderMap("ahuachapan")
    const marker = () => Number(container.querySelector("circle")?.getAttribute("cx"))
    const west = marker()
    rerender(
      <LanguageProvider initial="en">
        <DepartmentMap highlighted="la-union" />
      </LanguageProvider>
    )
    expect(container.querySelector('[data-highlighted="true"]')?.getAttribute("data-department")).toBe("la-union")
    // West to east: La Unión's marker sits far to the right of Ahuachapán's.
    expect(marker()).toBeGreaterThan(west + 300)
  })
})
