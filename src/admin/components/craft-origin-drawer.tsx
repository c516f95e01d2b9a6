/**
 * Edit form for a product's craft origin (technique, materials, where and how
 * long it takes to make), in a drawer beside the product page. A refused save
 * keeps the input and outlines the fields the server names by path.
 */
import { Button, toast, usePrompt } from "@medusajs/ui"
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
import { SelectField, TextField } from "./form-inputs"

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
    error: errors[field],
    onChange: (value: string) => change({ [field]: value }),
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
      <TextField {...text("technique")} label="Technique" placeholder="Backstrap loom weaving" />
      <TextField {...text("materials")} label="Materials" hint="Comma-separated, e.g. Cotton, Natural indigo" />
      <TextField {...text("origin_municipality")} label="Origin municipality" />
      <SelectField
        id="craft-origin-origin_department"
        label="Origin department"
        error={errors.origin_department}
        value={values.origin_department}
        options={DEPARTMENT_CODES}
        optionLabel={(code) => DEPARTMENTS[code]}
        placeholder="Choose a department"
        onChange={(origin_department) => change({ origin_department })}
      />
      <TextField {...text("production_time")} label="Production time" hint='As staff would say it, e.g. "3 days" or "2 weeks"' />
      <TextField {...text("maker_notes")} label="Maker notes" optional rows={4} />
    </FormDrawer>
  )
}
