/**
 * "Invite coordinator": name and email, then the invite link. The server keeps
 * only the link's hash, so this drawer is the one place staff can read it
 * (to pass it on by phone or message when the email does not arrive).
 */
import { SquareTwoStack } from "@medusajs/icons"
import { Alert, Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { useRef, useState } from "react"
import {
  EMPTY_INVITE,
  INVITE_FIELDS,
  toInviteBody,
  validateInvite,
  type InviteErrors,
  type InviteValues,
} from "../lib/coordinator-invite-form"
import { useInviteCoordinator, type InviteCoordinatorResponse } from "../lib/coordinators-api"
import { errorMessage, errorStatus, fieldsNamedIn } from "../lib/errors"
import { formatDateTime } from "../lib/format"
import { FormField } from "./form-field"

type Props = { cooperativeId: string; cooperativeName: string }

export function InviteCoordinatorDrawer({ cooperativeId, cooperativeName }: Props) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<InviteValues>(EMPTY_INVITE)
  const [errors, setErrors] = useState<InviteErrors>({})
  const [invite, setInvite] = useState<InviteCoordinatorResponse | null>(null)
  const create = useInviteCoordinator(cooperativeId)

  // Both opening and closing forget the last invite link: it is shown once, to whoever just sent it.
  const openChange = (next: boolean) => {
    setValues(EMPTY_INVITE)
    setErrors({})
    setInvite(null)
    setOpen(next)
  }

  const change = (field: keyof InviteValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }

  const submit = async () => {
    const found = validateInvite(values)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const body = toInviteBody(values)
    try {
      const response = await create.mutateAsync(body)
      setInvite(response)
      toast.success(response.reinvited ? `New invite sent to ${body.email}` : `Invite sent to ${body.email}`, {
        description: response.reinvited ? "Their earlier invite link no longer works." : undefined,
      })
    } catch (error) {
      const message = errorMessage(error)
      const status = errorStatus(error)
      if (status === 409) {
        // The server says which: an active coordinator here (deactivate first) or another cooperative's.
        setErrors({ email: message })
      } else if (status === 400) {
        const named = fieldsNamedIn(message, INVITE_FIELDS)
        setErrors(Object.fromEntries(named.map((field) => [field, message])))
      }
      // The form stays filled in, so staff can correct it and send again.
      toast.error("Could not invite the coordinator", { description: message })
    }
  }

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Invite coordinator
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        {invite ? (
          <InviteLink invite={invite} onDone={() => openChange(false)} />
        ) : (
          <form
            noValidate
            className="flex h-full flex-col overflow-hidden"
            onSubmit={(event) => {
              event.preventDefault()
              void submit()
            }}
          >
            <Drawer.Header>
              <Drawer.Title>Invite a coordinator to {cooperativeName}</Drawer.Title>
              <Drawer.Description className="text-ui-fg-subtle txt-small">
                They receive an email with a link to choose a password. Once in the portal, they keep this
                cooperative's stock counts and see its orders and payouts, and nothing of other cooperatives.
              </Drawer.Description>
            </Drawer.Header>
            <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
              <FormField label="Name" htmlFor="invite-coordinator-name" error={errors.name}>
                <Input
                  id="invite-coordinator-name"
                  autoComplete="off"
                  value={values.name}
                  aria-invalid={Boolean(errors.name) || undefined}
                  onChange={(event) => change("name", event.target.value)}
                />
              </FormField>
              <FormField
                label="Email"
                htmlFor="invite-coordinator-email"
                error={errors.email}
                hint="Where the invite goes; it becomes their login. One email, one coordinator. An email invited or deactivated here gets a new invite."
              >
                <Input
                  id="invite-coordinator-email"
                  type="email"
                  autoComplete="off"
                  value={values.email}
                  aria-invalid={Boolean(errors.email) || undefined}
                  onChange={(event) => change("email", event.target.value)}
                />
              </FormField>
            </Drawer.Body>
            <Drawer.Footer>
              <Drawer.Close asChild>
                <Button size="small" variant="secondary" type="button">
                  Cancel
                </Button>
              </Drawer.Close>
              <Button size="small" type="submit" isLoading={create.isPending}>
                Send invite
              </Button>
            </Drawer.Footer>
          </form>
        )}
      </Drawer.Content>
    </Drawer>
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
