/**
 * Form state for a cooperative: values, client-side errors, and the errors a
 * refused save reports. A server 400 names the fields in its message, so those
 * fields are outlined too; the values are never reset by a failure.
 */
import { toast } from "@medusajs/ui"
import { useState } from "react"
import {
  COOPERATIVE_FIELDS,
  validateCooperative,
  type CooperativeFormErrors,
  type CooperativeFormValues,
} from "./cooperative-form"
import { errorMessage, errorStatus, fieldsNamedIn } from "./errors"

export function useCooperativeForm(initial: CooperativeFormValues) {
  const [values, setValues] = useState<CooperativeFormValues>(initial)
  const [errors, setErrors] = useState<CooperativeFormErrors>({})

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
      toast.error("Please correct the highlighted fields", {
        description: Object.entries(found)
          .map(([field, message]) => `${field}: ${message}`)
          .join("; "),
      })
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
    toast.error(title, { description: message })
  }

  /** After a successful save, start again from what the server now holds. */
  const reset = (next: CooperativeFormValues) => {
    setValues(next)
    setErrors({})
  }

  return { values, errors, change, validate, showServerError, reset }
}
