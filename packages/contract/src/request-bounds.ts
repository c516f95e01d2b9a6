/**
 * What the columns hold, for every request schema: Medusa's `model.number()`
 * is a PostgreSQL integer, and dates are kept to years a ledger can mean (a
 * date past year 9999 prints as "+010000-…", which PostgreSQL cannot read).
 */
import { z } from "zod"

export const INT32_MAX = 2_147_483_647
export const EARLIEST_DATE = new Date("1970-01-01T00:00:00.000Z")
export const LATEST_DATE = new Date("9999-12-01T00:00:00.000Z")

/** A date (ISO text or a timestamp) between 1970 and 9999. */
export const boundedDate = (name: string) =>
  z.coerce
    .date({ message: `${name} must be a date` })
    .min(EARLIEST_DATE, { message: `${name} must be in 1970 or later` })
    .max(LATEST_DATE, { message: `${name} must be before December 9999` })

/** A list's offset, within what PostgreSQL's OFFSET takes. */
export const listOffset = () => z.coerce.number().int().min(0).max(INT32_MAX).default(0)
