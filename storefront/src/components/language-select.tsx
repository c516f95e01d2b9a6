import { LANGUAGES, type Language } from "@/lib/i18n"

/** Each language in its own words, marked with its lang so a screen reader says it right. */
const LANGUAGE_NAMES: Record<Language, string> = { en: "English", es: "Español" }

interface LanguageSelectProps {
  id?: string
  value: Language
  onChange: (language: Language) => void
}

/** The store's languages; its label is the caller's (visible in the shop, for screen readers in the portal). */
export function LanguageSelect({ id, value, onChange }: LanguageSelectProps) {
  return (
    <select id={id} className="language-select" value={value} onChange={(event) => onChange(event.target.value as Language)}>
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </select>
  )
}
