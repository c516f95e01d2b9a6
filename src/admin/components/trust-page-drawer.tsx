/**
 * Edit one trust page in both languages, in a drawer, checked by the
 * contract's schema for the route (lib/trust-page-form.ts). The storefront shows the new
 * text on its next read: no deploy.
 */
import type { TrustPageLocale } from "@cis/contract/trust-page"
import { Heading, Input, Textarea, toast } from "@medusajs/ui"
import { contractCheck } from "../lib/contract-form"
import { initialTrustPageValues, toTrustPageBody, TRUST_PAGE_FIELD_LABELS, TRUST_PAGE_FIELDS, trustPageRules } from "../lib/trust-page-form"
import { useSaveTrustPage, type AdminTrustPage } from "../lib/trust-pages-api"
import { useContractForm } from "../lib/use-contract-form"
import { FormDrawer } from "./form-drawer"
import { FormField } from "./form-field"

const LANGUAGES: { locale: TrustPageLocale; name: string }[] = [
  { locale: "en", name: "English" },
  { locale: "es", name: "Spanish (Español)" },
]

const HINTS = {
  title: undefined,
  summary: "One or two sentences. The shipping and returns summaries show beside Add to cart on every product page.",
  body: "Plain text. A blank line starts a new paragraph; a line starting with \"- \" is a list item.",
}

const check = contractCheck(trustPageRules)
/** How each field is called on screen, for the toast that lists what to correct. */
const LABELS = Object.fromEntries(
  LANGUAGES.flatMap(({ locale, name }) => TRUST_PAGE_FIELDS.map((field) => [`${locale}.${field}`, `${TRUST_PAGE_FIELD_LABELS[field]} (${name})`]))
)

export function TrustPageDrawer({ page, name }: { page: AdminTrustPage; name: string }) {
  const contract = useContractForm(check, () => initialTrustPageValues(page), LABELS)
  const { form, errors } = contract
  const save = useSaveTrustPage()

  return (
    <FormDrawer
      contract={contract}
      save={async (values) => {
        await save.mutateAsync({ slug: page.slug, body: toTrustPageBody(values) })
        toast.success(`${name} saved: the storefront shows it now`)
      }}
      failureTitle={`Could not save ${name}`}
      triggerLabel="Edit"
      title={name}
      description={<>Buyers read this page in their language at /pages/{page.slug}.</>}
      submitLabel="Save"
      pending={save.isPending}
    >
      {LANGUAGES.map(({ locale, name: language }) => {
        const id = (field: string) => `trust-${page.slug}-${locale}-${field}`
        const error = (field: (typeof TRUST_PAGE_FIELDS)[number]) => errors[`${locale}.${field}`]
        return (
          <fieldset key={locale} className="flex flex-col gap-y-4">
            <Heading level="h3">{language}</Heading>
            <FormField label="Title" htmlFor={id("title")} error={error("title")}>
              <Input id={id("title")} aria-invalid={Boolean(error("title")) || undefined} {...form.register(`${locale}.title`)} />
            </FormField>
            <FormField label="Summary" htmlFor={id("summary")} error={error("summary")} hint={HINTS.summary}>
              <Textarea id={id("summary")} rows={2} aria-invalid={Boolean(error("summary")) || undefined} {...form.register(`${locale}.summary`)} />
            </FormField>
            <FormField label="Page text" htmlFor={id("body")} error={error("body")} hint={HINTS.body}>
              <Textarea id={id("body")} rows={12} aria-invalid={Boolean(error("body")) || undefined} {...form.register(`${locale}.body`)} />
            </FormField>
          </fieldset>
        )
      })}
    </FormDrawer>
  )
}
