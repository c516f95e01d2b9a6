import type { DepartmentCode } from "@/lib/cooperative-terms"

export const catalogKeys = {
  all: ["catalog"] as const,
  categories: () => [...catalogKeys.all, "categories"] as const,
  cooperativeOptions: (department: DepartmentCode | undefined) =>
    [...catalogKeys.all, "cooperative-options", department ?? "all"] as const,
}
