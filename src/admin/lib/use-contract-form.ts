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

/** What an input of components/form-inputs.tsx takes to show one field of the form. */
export type BoundField<T> = { id: string; label: string; value: T; error?: string; onChange: (value: T) => void }

/**
 * `start`: the values the form starts from, and starts again from on `reset()`
 * (a function gives fresh ones each time, e.g. today's date). `labels`: how
 * the fields a form shows without `fields` are called on screen, for the
 * toast; `errors` holds their messages.
 */
export function useContractForm<V extends FieldValues>(
  check: FormCheck<V>,
  start: V | (() => V),
  labels: Partial<Record<string, string>> = {}
) {
  const startValues = (): V => (typeof start === "function" ? (start as () => V)() : start)
  const form = useForm<V>({ resolver: check.resolver, defaultValues: startValues() as DefaultValues<V> })
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

  const errorOf = (field: string) => get(form.formState.errors, field)?.message as string | undefined
  /** The message under each labelled field, by its (dotted) name. */
  const errors: Record<string, string | undefined> = {}
  for (const field of Object.keys(labels)) errors[field] = errorOf(field)
  // The fields this render shows through `fields`, with their labels, in their order on screen.
  const shown: Record<string, string> = {}

  const showInvalid = (found: FieldErrors<V>) => {
    const named = { ...labels, ...shown }
    showProblem(
      "Please correct the highlighted fields",
      Object.keys(named)
        .filter((field) => get(found, field))
        .map((field) => `${named[field]}: ${(get(found, field)?.message as string | undefined) ?? "invalid"}`)
        .join("; ")
    )
  }

  /** Typing in a field clears its complaint (and those of the fields named with it, e.g. an amount when its currency changes). */
  const change = (patch: Partial<V>, alsoClear: Path<V>[] = []) => {
    for (const [field, value] of Object.entries(patch)) {
      form.setValue(field as Path<V>, value as PathValue<V, Path<V>>, { shouldDirty: true })
    }
    form.clearErrors([...(Object.keys(patch) as Path<V>[]), ...alsoClear])
  }

  /**
   * Binds the form's fields to the inputs of components/form-inputs.tsx:
   * `fields(idPrefix)(name, label)` gives the input's id (idPrefix-name), its
   * label, value and complaint, and a change that clears the complaint (and
   * those of `alsoClear`). The label also names the field in the toast of a
   * refused save, so a form says each field's name once.
   */
  const fields =
    (idPrefix: string) =>
    <K extends Path<V> & keyof V>(name: K, label: string, alsoClear: Path<V>[] = []): BoundField<V[K]> => {
      shown[name] = label
      return {
        id: `${idPrefix}-${name}`,
        label,
        value: values[name],
        error: errorOf(name),
        onChange: (value) => {
          const patch: Partial<V> = {}
          patch[name] = value
          change(patch, alsoClear)
        },
      }
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

  /** Start again from these values (on opening, or after a save); from `start` by default. */
  const reset = (next: V = startValues()) => {
    form.reset(next)
    clearProblem()
  }

  return { form, values, errors, change, fields, submit, showServerError, showProblem, reset }
}

export type ContractFormApi<V extends FieldValues> = ReturnType<typeof useContractForm<V>>
