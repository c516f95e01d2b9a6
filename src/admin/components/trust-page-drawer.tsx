/**
 * Edit one trust page in both languages, in a drawer (react-hook-form with
 * the zod schema of lib/trust-page-form.ts). The storefront shows the new
 * text on its next read: no deploy.
 */
import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Heading, Input, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import type { TrustPageLocale } from "../../lib/trust-pages"
import { errorMessage } from "../lib/errors"
import { initialTrustPageValues, toTrustPageBody, trustPageFormSchema, type TrustPageFormValues } from "../lib/trust-page-form"
import { useSaveTrustPage, type AdminTrustPage } from "../lib/trust-pages-api"
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

export function TrustPageDrawer({ page, name }: { page: AdminTrustPage; name: string }) {
  const [open, setOpen] = useState(false)
  const save = useSaveTrustPage()
  const form = useForm<TrustPageFormValues>({ resolver: zodResolver(trustPageFormSchema), defaultValues: initialTrustPageValues(page) })

  const openChange = (next: boolean) => {
    if (next) form.reset(initialTrustPageValues(page))
    setOpen(next)
  }

  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync({ slug: page.slug, body: toTrustPageBody(values) })
      toast.success(`${name} saved: the storefront shows it now`)
      setOpen(false)
    } catch (error) {
      toast.error(`Could not save ${name}`, { description: errorMessage(error) })
    }
  })

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Edit
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form noValidate className="flex h-full flex-col overflow-hidden" onSubmit={(event) => void submit(event)}>
          <Drawer.Header>
            <Drawer.Title>{name}</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-small">
              Buyers read this page in their language at /pages/{page.slug}.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            {LANGUAGES.map(({ locale, name: language }) => {
              const errors = form.formState.errors[locale]
              const id = (field: string) => `trust-${page.slug}-${locale}-${field}`
              return (
                <fieldset key={locale} className="flex flex-col gap-y-4">
                  <Heading level="h3">{language}</Heading>
                  <FormField label="Title" htmlFor={id("title")} error={errors?.title?.message}>
                    <Input id={id("title")} aria-invalid={Boolean(errors?.title) || undefined} {...form.register(`${locale}.title`)} />
                  </FormField>
                  <FormField label="Summary" htmlFor={id("summary")} error={errors?.summary?.message} hint={HINTS.summary}>
                    <Textarea id={id("summary")} rows={2} aria-invalid={Boolean(errors?.summary) || undefined} {...form.register(`${locale}.summary`)} />
                  </FormField>
                  <FormField label="Page text" htmlFor={id("body")} error={errors?.body?.message} hint={HINTS.body}>
                    <Textarea id={id("body")} rows={12} aria-invalid={Boolean(errors?.body) || undefined} {...form.register(`${locale}.body`)} />
                  </FormField>
                </fieldset>
              )
            })}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
