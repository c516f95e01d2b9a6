export const regionKeys = {
  all: ["regions"] as const,
  list: () => [...regionKeys.all, "list"] as const,
}
