/**
 * "Invite coordinator": name and email, then the invite link. The server keeps
 * only the link's hash, so this drawer is the one place staff can read it
 * (to pass it on by phone or message when the email does not arrive).
 */
import { SquareTwoStack } from "@medusajs/icons"
import { Alert, Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { useRef, useState } from "react"
import { contractCheck } from "../lib/contract-form"
import { EMPTY_INVITE, inviteRules, toInviteBody, type InviteValues } from "../lib/coordinator-invite-form"
import { useInviteCoordinator, type InviteCoordinatorResponse } from "../lib/coordinators-api"
import { errorMessage, errorStatus } from "../lib/errors"
import { formatDateTime } from "../lib/format"
import { useContractForm } from "../lib/use-contract-form"
import { FormDrawer } from "./form-drawer"
import { FormField } from "./form-field"
import { TextField } from "./form-inputs"

const check = contractCheck(inviteRules)

type Props = { cooperativeId: string; cooperativeName: string }

export function InviteCoordinatorDrawer({ cooperativeId, cooperativeName }: Props) {
  const contract = useContractForm(check, EMPTY_INVITE)
  const field = contract.fields("invite-coordinator")
  const [invite, setInvite] = useState<InviteCoordinatorResponse | null>(null)
  const create = useInviteCoordinator(cooperativeId)

  const save = async (checked: InviteValues) => {
    const body = toInviteBody(checked)
    try {
      const response = await create.mutateAsync(body)
      setInvite(response)
      toast.success(response.reinvited ? `New invite sent to ${body.email}` : `Invite sent to ${body.email}`, {
        description: response.reinvited ? "Their earlier invite link no longer works." : undefined,
      })
    } catch (error) {
      // The server says which: an active coordinator here (deactivate first) or another cooperative's.
      if (errorStatus(error) === 409) contract.form.setError("email", { type: "server", message: errorMessage(error) })
      throw error
    }
  }

  return (
    <FormDrawer
      contract={contract}
      save={save}
      failureTitle="Could not invite the coordinator"
      // Both opening and closing forget the last invite link: it is shown once, to whoever just sent it.
      onOpenChange={() => setInvite(null)}
      saved={(close) => invite && <InviteLink invite={invite} onDone={close} />}
      triggerLabel="Invite coordinator"
      title={<>Invite a coordinator to {cooperativeName}</>}
      description={
        <>
          They receive an email with a link to choose a password. Once in the portal, they keep this cooperative's stock
          counts and see its orders and payouts, and nothing of other cooperatives.
        </>
      }
      submitLabel="Send invite"
      pending={create.isPending}
    >
      <TextField {...field("name", "Name")} autoComplete="off" />
      <TextField
        {...field("email", "Email")}
        hint="Where the invite goes; it becomes their login. One email, one coordinator. An email invited or deactivated here gets a new invite."
        type="email"
        autoComplete="off"
      />
    </FormDrawer>
  )
}

/** The one-time link after an invite; the coordinators section shows it after a re-invite too. */
export function InviteLink({ invite, onDone }: { invite: InviteCoordinatorResponse; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState(false)
  const { coordinator, invite_url: url } = invite

  const copy = async () => {
    try {
      // Undefined outside a secure context (a dashboard served over plain http); the catch covers that too.
      await navigator.clipboard.writeText(url)
      setCopied(true)
      toast.success("Invite link copied")
    } catch {
      input.current?.focus()
      input.current?.select()
      toast.error("Could not copy the link automatically", {
        description: "It is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
      })
    }
  }

  return (
    <div className="flex h-full flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{invite.reinvited ? `${coordinator.name} is invited again` : `${coordinator.name} is invited`}</Drawer.Title>
        <Drawer.Description className="text-ui-fg-subtle txt-small">
          The invite went to {coordinator.email}.
          {invite.reinvited && " Any earlier invite link no longer works; this one lets them choose a new password."}
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <Alert variant="warning">
          <Text size="small" id="invite-coordinator-link-note">
            This link is shown only now. It was also sent by email. It works once, for 7 days.
          </Text>
        </Alert>
        <FormField
          label="Invite link"
          htmlFor="invite-coordinator-link"
          hint={coordinator.invite_expires_at ? `Valid until ${formatDateTime(coordinator.invite_expires_at)}.` : undefined}
        >
          <div className="flex items-center gap-x-2">
            <div className="min-w-0 flex-1">
              {/* Focused on arrival, so the note is read out and the link is selected, ready to copy. */}
              <Input
                ref={input}
                id="invite-coordinator-link"
                size="small"
                readOnly
                autoFocus
                value={url}
                className="font-mono"
                aria-describedby="invite-coordinator-link-note"
                onFocus={(event) => event.target.select()}
              />
            </div>
            <Button size="small" variant="secondary" type="button" onClick={() => void copy()}>
              <SquareTwoStack />
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </FormField>
      </Drawer.Body>
      <Drawer.Footer>
        <Button size="small" type="button" onClick={onDone}>
          Done
        </Button>
      </Drawer.Footer>
    </div>
  )
}
