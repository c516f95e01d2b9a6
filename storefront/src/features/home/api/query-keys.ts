export const homeKeys = {
  all: ["home"] as const,
  impact: () => [...homeKeys.all, "impact"] as const,
}
