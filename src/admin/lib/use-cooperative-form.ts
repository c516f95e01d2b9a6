/**
 * Form state for a cooperative: values, client-side errors, and the errors a
 * refused save reports. A server 400 names the fields in its message, so those
 * fields are outlined too; the values are never reset by a failure.
 */
import { toast } from "@medusajs/ui"
import { useRef, useState } from "react"
import {
  COOPERATIVE_FIELDS,
  COOPERATIVE_FIELD_LABELS,
  validateCooperative,
  type CooperativeFormErrors,
  type CooperativeFormValues,
} from "./cooperative-form"
import { errorMessage, errorStatus, fieldsNamedIn } from "./errors"

export function useCooperativeForm(initial: CooperativeFormValues) {
  const [values, setValues] = useState<CooperativeFormValues>(initial)
  const [errors, setErrors] = useState<CooperativeFormErrors>({})
  // The toast of the latest problem: closed when a new one comes or a save succeeds,
  // so stale complaints never pile up beside a success. (A fresh toast each time:
  // sonner does not reliably show a new toast under the id of a dismissed one.)
  const problemToast = useRef<string | number | undefined>(undefined)
  const showProblem = (title: string, description: string) => {
    if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
    problemToast.current = toast.error(title, { description })
  }

  /** Applies a change and clears the errors of the fields it touched. */
  const change = (patch: Partial<CooperativeFormValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    setErrors((current) => {
      const next = { ...current }
      for (const key of Object.keys(patch) as (keyof CooperativeFormValues)[]) delete next[key]
      return next
    })
  }

  /** Runs the client checks; true when the form may be sent. */
  const validate = (): boolean => {
    const found = validateCooperative(values)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      showProblem(
        "Please correct the highlighted fields",
        (Object.entries(found) as [keyof CooperativeFormValues, string][])
          .map(([field, message]) => `${COOPERATIVE_FIELD_LABELS[field]}: ${message}`)
          .join("; ")
      )
      return false
    }
    return true
  }

  /** Shows a refused save: the server's message in a toast, its named fields outlined. */
  const showServerError = (error: unknown, title = "Could not save the cooperative") => {
    const message = errorMessage(error)
    if (errorStatus(error) === 400) {
      const named = fieldsNamedIn(message, COOPERATIVE_FIELDS)
      setErrors((current) => {
        const next = { ...current }
        for (const field of named) next[field] = "The server refused this value (see the message)"
        return next
      })
    }
    showProblem(title, message)
  }

  /** After a successful save, start again from what the server now holds. */
  const reset = (next: CooperativeFormValues) => {
    setValues(next)
    setErrors({})
    if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
    problemToast.current = undefined
  }

  return { values, errors, change, validate, showServerError, reset }
}
