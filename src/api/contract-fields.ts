/**
 * The fields of a contract response type, as the list a query-config.ts
 * names: the compiler refuses a field the type does not have, and asks for
 * a second argument naming any field of the type the list leaves out, so a
 * route's default fields stay its contract's answer, no more and no less.
 *
 *   const payoutFields = contractFields<Payout>()(["id", "amount", ...])
 */
export const contractFields =
  <T>() =>
  <const F extends readonly (keyof T & string)[]>(
    fields: F,
    ..._missing: [Exclude<keyof T & string, F[number]>] extends [never] ? [] : [missing: Exclude<keyof T & string, F[number]>]
  ): (keyof T & string)[] =>
    [...fields]
