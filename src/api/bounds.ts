/** The column bounds every validator shares live in the contract, beside the request schemas that use them. */
export { EARLIEST_DATE, INT32_MAX, LATEST_DATE, boundedDate, listOffset } from "@cis/contract/request-bounds"
