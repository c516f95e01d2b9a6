/**
 * Every dashboard form on react-hook-form, checked by its route's contract
 * schema (lib/contract-form.ts). A refused save outlines the fields its
 * answer names by path (`issues`) and says why in one toast at a time; the
 * values are never reset by a failure.
 */
import { toast } from "@medusajs/ui"
import { useRef } from "react"
import {
  get,
  useForm,
  useWatch,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type PathValue,
} from "react-hook-form"
import type { FormCheck } from "./contract-form"
import { errorMessage } from "./errors"
import { RequestRefused } from "./post-json"

export function useContractForm<V extends FieldValues>(check: FormCheck<V>, defaults: V, labels: Partial<Record<string, string>>) {
  const form = useForm<V>({ resolver: check.resolver, defaultValues: defaults as DefaultValues<V> })
  // Every value, as typed now (previews such as a balance after an advance read them).
  const values = useWatch({ control: form.control }) as V
  // The toast of the latest problem: closed when a new one comes or a save succeeds,
  // so stale complaints never pile up beside a success. (A fresh toast each time:
  // sonner does not reliably show a new toast under the id of a dismissed one.)
  const problemToast = useRef<string | number | undefined>(undefined)
  const clearProblem = () => {
    if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
    problemToast.current = undefined
  }
  const showProblem = (title: string, description?: string) => {
    clearProblem()
    problemToast.current = toast.error(title, { description })
  }

  /** The message under each labelled field, by its (dotted) name. */
  const errors: Record<string, string | undefined> = {}
  for (const field of Object.keys(labels)) errors[field] = get(form.formState.errors, field)?.message as string | undefined

  const showInvalid = (found: FieldErrors<V>) =>
    showProblem(
      "Please correct the highlighted fields",
      Object.keys(labels)
        .filter((field) => get(found, field))
        .map((field) => `${labels[field]}: ${(get(found, field)?.message as string | undefined) ?? "invalid"}`)
        .join("; ")
    )

  /** Typing in a field clears its complaint (and those of the fields named with it, e.g. an amount when its currency changes). */
  const change = (patch: Partial<V>, alsoClear: Path<V>[] = []) => {
    for (const [field, value] of Object.entries(patch)) {
      form.setValue(field as Path<V>, value as PathValue<V, Path<V>>, { shouldDirty: true })
    }
    form.clearErrors([...(Object.keys(patch) as Path<V>[]), ...alsoClear])
  }

  /** Shows a refused save: the server's message in a toast, the fields its answer names by path outlined. */
  const showServerError = (error: unknown, title: string) => {
    if (error instanceof RequestRefused) {
      for (const [field, message] of Object.entries(check.serverErrors(error.issues))) {
        if (!message) continue
        form.setError(field as Path<V>, { type: "server", message })
      }
    }
    showProblem(title, errorMessage(error))
  }

  /**
   * The submit handler: runs `save` only with values the contract accepts; a
   * refusal of `save` is shown under `failureTitle` and returns false.
   */
  const submit = (save: (values: V) => Promise<void>, failureTitle: string, done?: () => void) =>
    form.handleSubmit(async (checked) => {
      try {
        await save(checked)
        clearProblem()
        done?.()
      } catch (error) {
        showServerError(error, failureTitle)
      }
    }, showInvalid)

  /** Start again from these values (on opening, or after a save). */
  const reset = (next: V) => {
    form.reset(next)
    clearProblem()
  }

  return { form, values, errors, change, submit, showServerError, showProblem, reset }
}

export type ContractFormApi<V extends FieldValues> = ReturnType<typeof useContractForm<V>>
