/**
 * A vocabulary's labels, as staff read them: each code's words in sentence
 * case ("community_fund" → "Community fund"), except where a code names
 * something else ("cis_operations" → "CIS operations"). A full Record over the
 * codes, so every code the contract adds has a label the moment it exists.
 */
export function labelsFor<Code extends string>(codes: readonly Code[], except: Partial<Record<Code, string>> = {}): Record<Code, string> {
  return Object.fromEntries(codes.map((code) => [code, except[code] ?? sentenceCase(code)])) as Record<Code, string>
}

function sentenceCase(code: string): string {
  const words = code.replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}
