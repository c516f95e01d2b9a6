/**
 * Edit form for a product's craft origin (technique, materials, where and how
 * long it takes to make), in a drawer beside the product page. A refused save
 * keeps the input and outlines the fields the server names by path.
 */
import { Button, Input, Select, Textarea, toast, usePrompt } from "@medusajs/ui"
import { contractCheck } from "../lib/contract-form"
import {
  craftOriginRules,
  toCraftOriginBody,
  toCraftOriginValues,
  type CraftOriginFormValues,
} from "../lib/craft-origin-form"
import {
  useDeleteCraftOrigin,
  useUpsertCraftOrigin,
  type CraftOrigin,
} from "../lib/cooperatives-api"
import { errorMessage } from "../lib/errors"
import { useContractForm } from "../lib/use-contract-form"
import { DEPARTMENTS, DEPARTMENT_CODES, type DepartmentCode } from "../lib/vocabulary"
import { FormDrawer } from "./form-drawer"
import { FormField } from "./form-field"

const check = contractCheck(craftOriginRules)
/** How each field is called on screen, for the toast that lists what to correct. */
const LABELS: Record<keyof CraftOriginFormValues, string> = {
  technique: "Technique",
  materials: "Materials",
  origin_municipality: "Municipality",
  origin_department: "Department",
  production_time: "Production time",
  maker_notes: "Maker's notes",
}

type Props = {
  productId: string
  origin: CraftOrigin | null
  /** Where the product's cooperative is, to start a new origin from. */
  fallback?: { municipality?: string; department?: DepartmentCode }
}

export function CraftOriginDrawer({ productId, origin, fallback }: Props) {
  const prompt = usePrompt()
  const contract = useContractForm(check, toCraftOriginValues(origin, fallback), LABELS)
  const { values, errors, change } = contract
  const upsert = useUpsertCraftOrigin(productId)
  const remove = useDeleteCraftOrigin(productId)

  const text = (field: keyof CraftOriginFormValues) => ({
    id: `craft-origin-${field}`,
    value: values[field],
    "aria-invalid": Boolean(errors[field]) || undefined,
    onChange: (event: { target: { value: string } }) => change({ [field]: event.target.value }),
  })

  const save = async (checked: CraftOriginFormValues) => {
    await upsert.mutateAsync(toCraftOriginBody(checked))
    toast.success("Craft origin saved")
  }

  const destroy = async (close: () => void) => {
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
      close()
    } catch (error) {
      toast.error("Could not clear the craft origin", { description: errorMessage(error) })
    }
  }

  // Opening starts from what is saved now; closing then reopening discards a draft on purpose.
  return (
    <FormDrawer
      contract={contract}
      start={() => toCraftOriginValues(origin, fallback)}
      save={save}
      failureTitle="Could not save the craft origin"
      triggerLabel={origin ? "Edit" : "Describe"}
      title="Craft origin"
      description="How and where this piece is made; shown to shoppers on the product page."
      submitLabel="Save"
      pending={upsert.isPending}
      footerStart={(close) =>
        origin && (
          <Button
            size="small"
            variant="transparent"
            type="button"
            className="text-ui-fg-error mr-auto"
            isLoading={remove.isPending}
            onClick={() => void destroy(close)}
          >
      Clear origin
    </Button>
  )
}
>
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
    </FormDrawer>
  )
}
