/**
 * Edit form for a product's craft origin (technique, materials, where and how
 * long it takes to make), in a drawer beside the product page. A refused save
 * keeps the input and outlines the fields the server's message names.
 */
import { Button, Drawer, Input, Select, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useRef, useState } from "react"
import {
  CRAFT_ORIGIN_FIELDS,
  toCraftOriginBody,
  toCraftOriginValues,
  validateCraftOrigin,
  type CraftOriginFormErrors,
  type CraftOriginFormValues,
} from "../lib/craft-origin-form"
import {
  useDeleteCraftOrigin,
  useUpsertCraftOrigin,
  type CraftOrigin,
} from "../lib/cooperatives-api"
import { errorMessage, errorStatus, fieldsNamedIn } from "../lib/errors"
import { DEPARTMENTS, DEPARTMENT_CODES, type DepartmentCode } from "../lib/vocabulary"
import { FormField } from "./form-field"

type Props = {
  productId: string
  origin: CraftOrigin | null
  /** Where the product's cooperative is, to start a new origin from. */
  fallback?: { municipality?: string; department?: DepartmentCode }
}

export function CraftOriginDrawer({ productId, origin, fallback }: Props) {
  const prompt = usePrompt()
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<CraftOriginFormValues>(() => toCraftOriginValues(origin, fallback))
  const [errors, setErrors] = useState<CraftOriginFormErrors>({})
  const upsert = useUpsertCraftOrigin(productId)
  // The latest problem's toast, closed by the next problem or a save: no pile-up.
  const problemToast = useRef<string | number | undefined>(undefined)
  const showProblem = (title: string, description?: string) => {
    if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
    problemToast.current = toast.error(title, { description })
  }
  const remove = useDeleteCraftOrigin(productId)

  // Opening starts from what is saved now; closing then reopening discards a draft on purpose.
  const openChange = (next: boolean) => {
    if (next) {
      setValues(toCraftOriginValues(origin, fallback))
      setErrors({})
    }
    setOpen(next)
  }

  const change = (patch: Partial<CraftOriginFormValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    setErrors((current) => {
      const next = { ...current }
      for (const key of Object.keys(patch) as (keyof CraftOriginFormValues)[]) delete next[key]
      return next
    })
  }

  const text = (field: keyof CraftOriginFormValues) => ({
    id: `craft-origin-${field}`,
    value: values[field],
    "aria-invalid": Boolean(errors[field]) || undefined,
    onChange: (event: { target: { value: string } }) => change({ [field]: event.target.value }),
  })

  const save = async () => {
    const found = validateCraftOrigin(values)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      showProblem("Please correct the highlighted fields")
      return
    }
    try {
      await upsert.mutateAsync(toCraftOriginBody(values))
      if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
      toast.success("Craft origin saved")
      setOpen(false)
    } catch (error) {
      const message = errorMessage(error)
      if (errorStatus(error) === 400) {
        const named = fieldsNamedIn(message, CRAFT_ORIGIN_FIELDS)
        setErrors((current) => {
          const next = { ...current }
          for (const field of named) next[field] = "The server refused this value (see the message)"
          return next
        })
      }
      showProblem("Could not save the craft origin", message)
    }
  }

  const destroy = async () => {
    const confirmed = await prompt({
      title: "Clear the craft origin?",
      description: "The product's technique, materials and origin are removed from the store.",
      confirmText: "Clear",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync()
      toast.success("Craft origin cleared")
      setOpen(false)
    } catch (error) {
      toast.error("Could not clear the craft origin", { description: errorMessage(error) })
    }
  }

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {origin ? "Edit" : "Describe"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form
          noValidate
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <Drawer.Header>
            <Drawer.Title>Craft origin</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-small">
              How and where this piece is made; shown to shoppers on the product page.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <FormField label="Technique" htmlFor="craft-origin-technique" error={errors.technique}>
              <Input {...text("technique")} placeholder="Backstrap loom weaving" />
            </FormField>
            <FormField
              label="Materials"
              htmlFor="craft-origin-materials"
              error={errors.materials}
              hint="Comma-separated, e.g. Cotton, Natural indigo"
            >
              <Input {...text("materials")} />
            </FormField>
            <FormField label="Origin municipality" htmlFor="craft-origin-origin_municipality" error={errors.origin_municipality}>
              <Input {...text("origin_municipality")} />
            </FormField>
            <FormField label="Origin department" htmlFor="craft-origin-origin_department" error={errors.origin_department}>
              <Select
                value={values.origin_department}
                onValueChange={(value) => change({ origin_department: value as DepartmentCode })}
              >
                <Select.Trigger
                  id="craft-origin-origin_department"
                  aria-invalid={Boolean(errors.origin_department) || undefined}
                >
                  <Select.Value placeholder="Choose a department" />
                </Select.Trigger>
                <Select.Content>
                  {DEPARTMENT_CODES.map((code) => (
                    <Select.Item key={code} value={code}>
                      {DEPARTMENTS[code]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            <FormField
              label="Production time"
              htmlFor="craft-origin-production_time"
              error={errors.production_time}
              hint='As staff would say it, e.g. "3 days" or "2 weeks"'
            >
              <Input {...text("production_time")} />
            </FormField>
            <FormField label="Maker notes" htmlFor="craft-origin-maker_notes" error={errors.maker_notes} optional>
              <Textarea {...text("maker_notes")} rows={4} />
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            {origin && (
              <Button
                size="small"
                variant="transparent"
                type="button"
                className="text-ui-fg-error mr-auto"
                isLoading={remove.isPending}
                onClick={() => void destroy()}
              >
                Clear origin
              </Button>
            )}
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={upsert.isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
