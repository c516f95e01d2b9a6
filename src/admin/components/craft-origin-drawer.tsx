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
import { type DepartmentCode } from "../lib/vocabulary"
import { FormDrawer } from "./form-drawer"
import { DepartmentSelectField, TextField } from "./form-inputs"

const check = contractCheck(craftOriginRules)

type Props = {
  productId: string
  origin: CraftOrigin | null
  /** Where the product's cooperative is, to start a new origin from. */
  fallback?: { municipality?: string; department?: DepartmentCode }
}

export function CraftOriginDrawer({ productId, origin, fallback }: Props) {
  const prompt = usePrompt()
  const contract = useContractForm(check, () => toCraftOriginValues(origin, fallback))
  const field = contract.fields("craft-origin")
  const upsert = useUpsertCraftOrigin(productId)
  const remove = useDeleteCraftOrigin(productId)

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
      <TextField {...field("technique", "Technique")} placeholder="Backstrap loom weaving" />
      <TextField {...field("materials", "Materials")} hint="Comma-separated, e.g. Cotton, Natural indigo" />
      <TextField {...field("origin_municipality", "Origin municipality")} />
      <DepartmentSelectField {...field("origin_department", "Origin department")} />
      <TextField {...field("production_time", "Production time")} hint='As staff would say it, e.g. "3 days" or "2 weeks"' />
      <TextField {...field("maker_notes", "Maker notes")} optional rows={4} />
    </FormDrawer>
  )
}
