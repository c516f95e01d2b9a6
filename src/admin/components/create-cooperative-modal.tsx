/**
 * "Create" button and its full-screen form. The draft lives outside the modal
 * content, so closing the modal by accident does not throw away what staff typed.
 */
import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  EMPTY_COOPERATIVE_FORM,
  slugify,
  toCreateBody,
  type CooperativeFormValues,
} from "../lib/cooperative-form"
import { useCreateCooperative } from "../lib/cooperatives-api"
import { useCooperativeForm } from "../lib/use-cooperative-form"
import { CooperativeFormFields } from "./cooperative-form-fields"

export function CreateCooperativeModal() {
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  // Until staff type a handle themselves, it follows the name.
  const [handleEdited, setHandleEdited] = useState(false)
  const form = useCooperativeForm(EMPTY_COOPERATIVE_FORM)
  const create = useCreateCooperative()

  const change = (patch: Partial<CooperativeFormValues>) => {
    if ("handle" in patch) setHandleEdited(true)
    if ("name" in patch && !handleEdited && patch.name !== undefined) {
      form.change({ ...patch, handle: slugify(patch.name) })
    } else {
      form.change(patch)
    }
  }

  const submit = async () => {
    if (!form.validate()) return
    try {
      const { cooperative } = await create.mutateAsync(toCreateBody(form.values))
      toast.success(`${cooperative.name} created`)
      form.reset(EMPTY_COOPERATIVE_FORM)
      setHandleEdited(false)
      setOpen(false)
      navigate(`/cooperatives/${cooperative.id}`)
    } catch (error) {
      form.showServerError(error, "Could not create the cooperative")
    }
  }

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
          onSubmit={(event) => {
            event.preventDefault()
            void submit()
          }}
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
                values={form.values}
                errors={form.errors}
                onChange={change}
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
