/**
 * Edits an existing cooperative. Only changed fields are sent, so a save never
 * overwrites what staff did not touch (nor a status changed meanwhile with
 * Pause/Resume). A refused save keeps every input as typed.
 */
import { Button, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { COOPERATIVE_FIELD_LABELS, cooperativeCheck, toFormValues, toUpdateBody } from "../lib/cooperative-form"
import { useUpdateCooperative, type Cooperative } from "../lib/cooperatives-api"
import { useContractForm } from "../lib/use-contract-form"
import { CooperativeFormFields } from "./cooperative-form-fields"
import { Section } from "./section"

export function CooperativeEditForm({ cooperative }: { cooperative: Cooperative }) {
  // What the server held when the form was loaded or last saved: the diff's base.
  const [baseline, setBaseline] = useState(() => toFormValues(cooperative))
  const contract = useContractForm(cooperativeCheck, baseline, COOPERATIVE_FIELD_LABELS)
  const { form, submit, reset } = contract
  const update = useUpdateCooperative(cooperative.id)
  const dirty = form.formState.isDirty

  const save = submit(async (values) => {
    const body = toUpdateBody(values, baseline)
    if (Object.keys(body).length === 0) return
    const { cooperative: saved } = await update.mutateAsync(body)
    const next = toFormValues(saved)
    setBaseline(next)
    reset(next)
    toast.success("Cooperative saved")
  }, "Could not save the cooperative")

  const discard = () => reset(baseline)

  const buttons = (
    <>
      <Button size="small" variant="secondary" type="button" disabled={!dirty || update.isPending} onClick={discard}>
        Discard changes
      </Button>
      <Button size="small" type="submit" disabled={!dirty} isLoading={update.isPending}>
        Save
      </Button>
    </>
  )

  return (
    <form
      noValidate
      onSubmit={(event) => void save(event)}
    >
      <Section
        title="Details"
        description={
          <>
            The store-wide community development fund share is set in{" "}
            <Link to="/settings/revenue-split" className="text-ui-fg-interactive hover:underline">
              Settings → Revenue split
            </Link>
            .
          </>
        }
        actions={buttons}
      >
        <div className="px-6 py-6">
          <CooperativeFormFields
            contract={contract}
            mode="edit"
            idPrefix={`cooperative-${cooperative.id}`}
          />
        </div>
        {/* Repeated at the bottom: the form is long and the stories are written at its end. */}
        <div className="bg-ui-bg-base sticky bottom-0 flex items-center justify-end gap-x-2 rounded-b-lg px-6 py-4">
          {dirty && (
            <Text size="small" className="text-ui-fg-subtle mr-auto">
              Unsaved changes
            </Text>
          )}
          {buttons}
        </div>
      </Section>
    </form>
  )
}
