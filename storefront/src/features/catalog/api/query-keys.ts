import type { DepartmentCode } from "@/lib/cooperative-terms"

export const catalogKeys = {
  all: ["catalog"] as const,
  categories: (catalogLocale: string | undefined) => [...catalogKeys.all, "categories", catalogLocale ?? "en"] as const,
  cooperativeOptions: (department: DepartmentCode | undefined) =>
    [...catalogKeys.all, "cooperative-options", department ?? "all"] as const,
}
