/**
 * Every editable field of a cooperative, grouped in sections. Shared by the
 * create modal and the detail page so both validate and look the same. The
 * parent's react-hook-form holds the values, so a refused save keeps the input.
 */
import { Checkbox, Input, Label, Textarea } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { CooperativeField, CooperativeFormValues } from "../lib/cooperative-form"
import { formatBps, parseBps } from "../lib/shares"
import type { ContractFormApi } from "../lib/use-contract-form"
import { TitleBlock } from "./section"
import {
  COOPERATIVE_STATUSES,
  PAYOUT_METHODS,
  PAYOUT_METHOD_LABELS,
  PRODUCER_GROUPS,
  PRODUCER_GROUP_LABELS,
  REFUND_POLICIES,
  REFUND_POLICY_EXPLANATIONS,
  REFUND_POLICY_LABELS,
  STATUS_LABELS,
} from "../lib/vocabulary"
import { FormField } from "./form-field"
import { DepartmentSelectField, SelectField } from "./form-inputs"

/** Radix Select items cannot have an empty value, so "no payout method" needs a stand-in. */
const NO_PAYOUT_METHOD = "none"
const PAYOUT_METHOD_CHOICES = [NO_PAYOUT_METHOD, ...PAYOUT_METHODS] as const

type Props = {
  /** The parent's form (useContractForm with the cooperative's check and labels). */
  contract: ContractFormApi<CooperativeFormValues>
  /** Create shows the initial status; on the detail page status has its own Pause/Resume button. */
  mode: "create" | "edit"
  /** Prefix for input ids, so two forms on one page never share an id. */
  idPrefix?: string
}

function FieldGroup({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-y-4">
      <TitleBlock title={title} description={description} level="h3" />
      {children}
    </fieldset>
  )
}

export function CooperativeFormFields({ contract, mode, idPrefix = "cooperative" }: Props) {
  const { values, errors, change } = contract
  const id = (field: string) => `${idPrefix}-${field}`
  // Selects and checkboxes are not inputs react-hook-form can register: they are bound to set their value.
  const field = contract.fields(idPrefix)
  const text = (name: CooperativeField) => ({
    id: id(name),
    "aria-invalid": Boolean(errors[name]) || undefined,
    ...contract.form.register(name),
  })
  const share = parseBps(values.share_bps)
  // One language's story, with its length counted in that language, so the two can be kept alike.
  const story = (name: "story_en" | "story_es", label: string, lang: string, characters: string) => (
    <FormField label={label} htmlFor={id(name)} error={errors[name]} hint={`${values[name].trim().length} ${characters}`}>
      <Textarea {...text(name)} rows={10} lang={lang} />
    </FormField>
  )

  return (
    <div className="flex flex-col gap-y-8">
      <FieldGroup title="Identity">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <FormField label="Name" htmlFor={id("name")} error={errors.name}>
            <Input {...text("name")} placeholder="Cooperativa Las Nanas" />
          </FormField>
          <FormField
            label="Handle"
            htmlFor={id("handle")}
            error={errors.handle}
            hint={
              mode === "edit"
                ? "Part of the store's address for this cooperative; changing it breaks links already shared."
                : "Part of the store's address: lowercase letters, digits and dashes."
            }
          >
            <Input {...text("handle")} placeholder="las-nanas" />
          </FormField>
        </div>

        <FormField label="Producer groups" error={errors.producer_groups} hint="Who makes the crafts; at least one.">
          <div className="flex flex-wrap gap-x-6 gap-y-2" role="group" aria-label="Producer groups">
            {PRODUCER_GROUPS.map((group) => {
              const checked = values.producer_groups.includes(group)
              return (
                <div key={group} className="flex items-center gap-x-2">
                  <Checkbox
                    id={id(`group-${group}`)}
                    checked={checked}
                    onCheckedChange={(state) => {
                      const on = state === true
                      // Keep the vocabulary's order, whatever order boxes were ticked in.
                      const next = PRODUCER_GROUPS.filter((g) =>
                        g === group ? on : values.producer_groups.includes(g)
                      )
                      change({ producer_groups: next })
                    }}
                  />
                  <Label htmlFor={id(`group-${group}`)} size="small">
                    {PRODUCER_GROUP_LABELS[group]}
                  </Label>
                </div>
              )
            })}
          </div>
        </FormField>

        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <DepartmentSelectField {...field("department", "Department")} />
          <FormField label="Municipality" htmlFor={id("municipality")} error={errors.municipality}>
            <Input {...text("municipality")} placeholder="Ilobasco" />
          </FormField>
          <FormField label="Founded in" htmlFor={id("founded_year")} error={errors.founded_year} optional>
            <Input {...text("founded_year")} inputMode="numeric" placeholder="1993" />
          </FormField>
          <FormField label="Members" htmlFor={id("member_count")} error={errors.member_count} optional>
            <Input {...text("member_count")} inputMode="numeric" placeholder="24" />
          </FormField>
          <FormField
            label="Crafts"
            htmlFor={id("crafts")}
            error={errors.crafts}
            hint="Comma-separated, e.g. Pottery, Hammock weaving"
            optional
          >
            <Input {...text("crafts")} />
          </FormField>
          <FormField label="Image URL" htmlFor={id("image_url")} error={errors.image_url} optional>
            <Input {...text("image_url")} placeholder="https://…" />
          </FormField>
          <FormField label="Website" htmlFor={id("website")} error={errors.website} hint="Shown on the store's profile page." optional>
            <Input {...text("website")} type="url" inputMode="url" placeholder="https://…" />
          </FormField>
          {mode === "create" && (
            <SelectField
              {...field("status", "Status")}
              hint="A paused cooperative's products stay hidden from the store."
              options={COOPERATIVE_STATUSES}
              optionLabel={(status) => STATUS_LABELS[status]}
            />
          )}
        </div>
      </FieldGroup>

      <FieldGroup
        title="Story"
        description="Shown in the store in the shopper's language. Write both, side by side, so they tell the same story."
      >
        {/* Two columns on wide screens, stacked on narrow ones. */}
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          {story("story_en", "English", "en", "characters")}
          {story("story_es", "Español", "es", "caracteres")}
        </div>
      </FieldGroup>

      <FieldGroup title="Share and refunds">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <FormField
            label="Cooperative's share (basis points)"
            htmlFor={id("share_bps")}
            error={errors.share_bps}
            hint={
              share !== undefined
                ? `${share} bps = ${formatBps(share)} of each sale's net item revenue (100 bps = 1 %).`
                : "100 bps = 1 %. E.g. 6200 for 62.00 %."
            }
          >
            <Input {...text("share_bps")} inputMode="numeric" placeholder="6200" />
          </FormField>
          <SelectField
            {...field("refund_policy", "Refund policy")}
            hint={REFUND_POLICY_EXPLANATIONS[values.refund_policy]}
            options={REFUND_POLICIES}
            optionLabel={(policy) => REFUND_POLICY_LABELS[policy]}
          />
        </div>
      </FieldGroup>

      <div className="border-ui-border-strong bg-ui-bg-subtle rounded-lg border border-dashed p-4">
        <FieldGroup
          title="Private"
          description="Staff only — never shown in the store."
        >
          <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
            <FormField label="Contact person" htmlFor={id("contact_name")} error={errors.contact_name} optional>
              <Input {...text("contact_name")} autoComplete="off" />
            </FormField>
            <FormField label="Phone" htmlFor={id("contact_phone")} error={errors.contact_phone} optional>
              <Input {...text("contact_phone")} type="tel" autoComplete="off" placeholder="+503 …" />
            </FormField>
            <FormField label="Email" htmlFor={id("contact_email")} error={errors.contact_email} optional>
              <Input {...text("contact_email")} type="email" autoComplete="off" />
            </FormField>
          </div>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <SelectField
              {...field("payout_method", "Payout method")}
              optional
              value={values.payout_method || NO_PAYOUT_METHOD}
              options={PAYOUT_METHOD_CHOICES}
              optionLabel={(method) => (method === NO_PAYOUT_METHOD ? "Not set" : PAYOUT_METHOD_LABELS[method])}
              onChange={(method) => change({ payout_method: method === NO_PAYOUT_METHOD ? "" : method })}
            />
            <FormField label="Bank details" htmlFor={id("bank_details")} error={errors.bank_details} optional>
              <Textarea {...text("bank_details")} rows={3} autoComplete="off" />
            </FormField>
          </div>
          <FormField label="Internal notes" htmlFor={id("internal_notes")} error={errors.internal_notes} optional>
            <Textarea {...text("internal_notes")} rows={4} />
          </FormField>
        </FieldGroup>
      </div>
    </div>
  )
}
