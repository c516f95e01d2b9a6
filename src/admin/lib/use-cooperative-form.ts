/**
 * The cooperative form on react-hook-form, checked by the contract's schema
 * (cooperativeResolver). A refused save outlines the fields its answer names
 * by path (`issues`) and says why in a toast; the values are never reset by a
 * failure.
 */
import { toast } from "@medusajs/ui"
import { useRef } from "react"
import { useForm, type FieldErrors, type SubmitHandler } from "react-hook-form"
import {
  COOPERATIVE_FIELD_LABELS,
  cooperativeResolver,
  fieldErrorsOf,
  type CooperativeField,
  type CooperativeFormValues,
} from "./cooperative-form"
import { errorMessage } from "./errors"
import { RequestRefused } from "./post-json"

export function useCooperativeForm(initial: CooperativeFormValues) {
  const form = useForm<CooperativeFormValues>({ resolver: cooperativeResolver, defaultValues: initial })
  // The toast of the latest problem: closed when a new one comes or a save succeeds,
  // so stale complaints never pile up beside a success. (A fresh toast each time:
  // sonner does not reliably show a new toast under the id of a dismissed one.)
  const problemToast = useRef<string | number | undefined>(undefined)
  const showProblem = (title: string, description: string) => {
    if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
    problemToast.current = toast.error(title, { description })
  }

  const showInvalid = (errors: FieldErrors<CooperativeFormValues>) =>
    showProblem(
      "Please correct the highlighted fields",
      (Object.entries(errors) as [CooperativeField, { message?: string }][])
        .map(([field, error]) => `${COOPERATIVE_FIELD_LABELS[field]}: ${error.message ?? "invalid"}`)
        .join("; ")
    )

  /** The submit handler: runs `save` only with values the contract's schema accepts. */
  const submit = (save: SubmitHandler<CooperativeFormValues>) => form.handleSubmit(save, showInvalid)

  /** Shows a refused save: the server's message in a toast, the fields its answer names by path outlined. */
  const showServerError = (error: unknown, title = "Could not save the cooperative") => {
    if (error instanceof RequestRefused) {
      for (const [field, message] of Object.entries(fieldErrorsOf(error.issues))) {
        form.setError(field as CooperativeField, { type: "server", message })
      }
    }
    showProblem(title, errorMessage(error))
  }

  /** After a successful save, start again from what the server now holds. */
  const reset = (next: CooperativeFormValues) => {
    form.reset(next)
    if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
    problemToast.current = undefined
  }

  return { form, submit, showServerError, reset }
}
