/**
 * The one shell of every dashboard drawer form: the trigger button, a Drawer
 * holding a noValidate form (the contract's check speaks, not the browser's),
 * title and description, the fields, and Cancel / submit with its pending
 * state. Opening starts from fresh values; a save the contract accepts and
 * the server takes closes it; a refusal keeps what was typed and outlines the
 * fields (lib/use-contract-form.ts).
 */
import { Button, Drawer } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import type { FieldValues } from "react-hook-form"
import type { ContractFormApi } from "../lib/use-contract-form"

type Props<V extends FieldValues> = {
  /** The form's state and check (useContractForm); each opening starts again from its start values. */
  contract: ContractFormApi<V>
  /** Sends the checked values; a throw is shown under failureTitle and keeps the drawer open. */
  save: (values: V) => Promise<void>
  failureTitle: string
  triggerLabel: string
  title: ReactNode
  description: ReactNode
  submitLabel: string
  pending: boolean
  children: ReactNode
  /** More footer actions, before Cancel (e.g. Remove), given the drawer's close. */
  footerStart?: (close: () => void) => ReactNode
  /**
   * For a form whose result must be read before closing (e.g. a link to hand
   * over): the drawer stays open after a save and shows this instead of the
   * form while it gives something.
   */
  saved?: (close: () => void) => ReactNode
  /** A refusal that makes the form moot (e.g. 409: the payout is no longer a draft) closes it too. */
  closesOn?: (error: unknown) => boolean
  /** Called on every opening and closing (e.g. to forget what `saved` showed). */
  onOpenChange?: (open: boolean) => void
}

export function FormDrawer<V extends FieldValues>(props: Props<V>) {
  const { contract, save, failureTitle, triggerLabel, title, description, submitLabel, pending, children, footerStart, saved } = props
  const [open, setOpen] = useState(false)
  const openChange = (next: boolean) => {
    if (next) contract.reset()
    props.onOpenChange?.(next)
    setOpen(next)
  }
  const send = async (values: V) => {
    try {
      await save(values)
    } catch (error) {
      if (props.closesOn?.(error)) setOpen(false)
      throw error
    }
  }
  const submit = contract.submit(send, failureTitle, saved === undefined ? () => setOpen(false) : undefined)

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {triggerLabel}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        {saved?.(() => openChange(false)) ?? (
          <form noValidate className="flex h-full flex-col overflow-hidden" onSubmit={(event) => void submit(event)}>
            <Drawer.Header>
              <Drawer.Title>{title}</Drawer.Title>
              <Drawer.Description className="text-ui-fg-subtle txt-small">{description}</Drawer.Description>
            </Drawer.Header>
            <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
            <Drawer.Footer>
              {footerStart?.(() => openChange(false))}
              <Drawer.Close asChild>
                <Button size="small" variant="secondary" type="button">
                  Cancel
                </Button>
              </Drawer.Close>
              <Button size="small" type="submit" isLoading={pending}>
                {submitLabel}
              </Button>
            </Drawer.Footer>
          </form>
        )}
      </Drawer.Content>
    </Drawer>
  )
}
