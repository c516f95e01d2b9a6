/**
 * Example bank details for every currency the demo regions sell in, so a
 * fresh `npm start` shows the whole bank-transfer flow. They are marked as
 * examples (the dashboard warns until staff replace them) and name no real
 * account: the IBANs are the standard published examples (valid check
 * digits, no such account), the ABA number is only checksum-valid.
 */
import type { InstructionRow } from "../../lib/transfer-due"
import type { RegionSeed } from "./regions-data"

export interface TransferInstructionSeed extends InstructionRow {
  currency_code: RegionSeed["currency_code"]
}

const BENEFICIARY = "EXAMPLE - Centro de Intercambio y Solidaridad (CIS)"
const NOTE = "Example details for the demo store: do not send money. / Datos de ejemplo de la tienda de demostración: no envíe dinero."

export const TRANSFER_INSTRUCTIONS: TransferInstructionSeed[] = [
  {
    currency_code: "usd",
    beneficiary: BENEFICIARY,
    bank_name: "Example Community Bank",
    bank_address: "100 Example Avenue, Washington, DC 20001, USA",
    account_number: "000123456789",
    iban: null,
    swift_bic: "EXMPUS33XXX",
    aba_routing: "011000015",
    days_to_pay: 14,
    note: NOTE,
  },
  {
    currency_code: "cad",
    beneficiary: BENEFICIARY,
    bank_name: "Example Credit Union of Canada",
    bank_address: "200 Example Street, Toronto, ON M5H 2N2, Canada",
    account_number: "Institution 999, transit 12345, account 0001234567",
    iban: null,
    swift_bic: "EXMPCATTXXX",
    aba_routing: null,
    days_to_pay: 14,
    note: NOTE,
  },
  {
    currency_code: "eur",
    beneficiary: BENEFICIARY,
    bank_name: "Example Genossenschaftsbank",
    bank_address: "Beispielstraße 1, 10115 Berlin, Deutschland",
    account_number: null,
    iban: "DE89370400440532013000",
    swift_bic: "EXMPDEFFXXX",
    aba_routing: null,
    days_to_pay: 14,
    note: NOTE,
  },
  {
    currency_code: "gbp",
    beneficiary: BENEFICIARY,
    bank_name: "Example Co-operative Bank",
    bank_address: "1 Example Lane, Manchester M60 4EP, United Kingdom",
    account_number: "Sort code 60-16-13, account 31926819",
    iban: "GB29NWBK60161331926819",
    swift_bic: "EXMPGB2LXXX",
    aba_routing: null,
    days_to_pay: 14,
    note: NOTE,
  },
]
