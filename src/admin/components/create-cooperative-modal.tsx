/**
 * "Create" button and its full-screen form. The draft lives outside the modal
 * content, so closing the modal by accident does not throw away what staff typed.
 */
import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { COOPERATIVE_FIELD_LABELS, EMPTY_COOPERATIVE_FORM, cooperativeCheck, slugify, toCreateBody } from "../lib/cooperative-form"
import { useCreateCooperative } from "../lib/cooperatives-api"
import { useContractForm } from "../lib/use-contract-form"
import { CooperativeFormFields } from "./cooperative-form-fields"

export function CreateCooperativeModal() {
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const contract = useContractForm(cooperativeCheck, EMPTY_COOPERATIVE_FORM, COOPERATIVE_FIELD_LABELS)
  const { form, submit, reset } = contract
  const create = useCreateCooperative()

  // Until staff type a handle themselves (which makes it dirty), it follows the name.
  useEffect(() => {
    const subscription = form.watch((values, { name: changed }) => {
      if (changed === "name" && !form.getFieldState("handle").isDirty) form.setValue("handle", slugify(values.name ?? ""))
    })
    return () => subscription.unsubscribe()
  }, [form])

  const save = submit(async (values) => {
    const { cooperative } = await create.mutateAsync(toCreateBody(values))
    toast.success(`${cooperative.name} created`)
    reset(EMPTY_COOPERATIVE_FORM)
    setOpen(false)
    navigate(`/cooperatives/${cooperative.id}`)
  }, "Could not create the cooperative")

  return (
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Create
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(event) => void save(event)}
          noValidate
        >
          <FocusModal.Header />
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-10">
            <div className="flex w-full max-w-[960px] flex-col gap-y-8 px-4">
              <div className="flex flex-col gap-y-1">
                <FocusModal.Title asChild>
                  <Heading>Create a cooperative</Heading>
                </FocusModal.Title>
                <FocusModal.Description asChild>
                  <Text size="small" className="text-ui-fg-subtle">
                    Products are assigned afterwards, from each product's page or from the
                    cooperative's page.
                  </Text>
                </FocusModal.Description>
              </div>
              <CooperativeFormFields
                contract={contract}
                mode="create"
                idPrefix="create-cooperative"
              />
            </div>
          </FocusModal.Body>
          <FocusModal.Footer>
            <FocusModal.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </FocusModal.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Create cooperative
            </Button>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
