/**
 * How the backend's values travel in a JSON answer: a Date becomes its ISO
 * string (res.json calls Date#toJSON), everything else keeps its shape. The
 * routes type their answers with the response types of this package, whose
 * dates are strings; `AsJson<Entity>` lets the compiler check a module's row
 * (with Date fields) against them, field by field.
 */
export type AsJson<T> = T extends Date
  ? string
  : T extends (infer Item)[]
    ? AsJson<Item>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T

/** The same value, typed as what its JSON will carry: nothing changes at run time, since res.json does the conversion. */
export function asJson<T>(value: T): AsJson<T> {
  return value as AsJson<T>
}

/** Every offset-paged list answers with its page and the total. */
export type OffsetPage = { count: number; limit: number; offset: number }
