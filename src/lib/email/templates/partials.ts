/**
 * Pieces shared by several messages: the HTML frame, and the transfer
 * instructions block (HTML and text, per language), so every email that
 * asks for money asks for it in the same words.
 */

const layout = `<!doctype html>
<html lang="{{@root.language}}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{title}}</title></head>
<body style="margin:0;padding:0;background:#f6f1ea;font-family:Georgia,'Times New Roman',serif;color:#2b2118">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f1ea"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px">
<tr><td style="padding:20px 28px;border-bottom:3px solid #b5522b;font-size:20px;font-weight:bold;color:#b5522b">CIS Fair Trade Crafts</td></tr>
<tr><td style="padding:24px 28px;font-size:16px;line-height:1.5">
{{> @partial-block }}
</td></tr>
<tr><td style="padding:16px 28px;font-size:12px;color:#6b5b4d;border-top:1px solid #eadfd3">CIS · San Salvador, El Salvador</td></tr>
</table></td></tr></table>
</body></html>`

const row = (label: string, value: string, condition?: string) => {
  const cells = `<tr><td style="padding:4px 12px 4px 0;color:#6b5b4d">${label}</td><td style="padding:4px 0;font-family:monospace;font-size:15px">${value}</td></tr>`
  return condition ? `{{#if ${condition}}}${cells}{{/if}}` : cells
}

function transferHtml(words: Record<string, string>) {
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:12px 0;border:1px solid #eadfd3;border-radius:6px;padding:12px;width:100%">
${row(words.amount, "<strong>{{money transfer.amount_due transfer.currency_code}}</strong>")}
${row(words.reference, "<strong>{{transfer.reference}}</strong>")}
${row(words.deadline, "{{date transfer.deadline}}")}
${row(words.beneficiary, "{{transfer.instructions.beneficiary}}")}
${row(words.bank, "{{transfer.instructions.bank_name}}")}
${row(words.bank_address, "{{transfer.instructions.bank_address}}", "transfer.instructions.bank_address")}
${row("IBAN", "{{transfer.instructions.iban}}", "transfer.instructions.iban")}
${row(words.account, "{{transfer.instructions.account_number}}", "transfer.instructions.account_number")}
${row("SWIFT/BIC", "{{transfer.instructions.swift_bic}}", "transfer.instructions.swift_bic")}
${row(words.aba, "{{transfer.instructions.aba_routing}}", "transfer.instructions.aba_routing")}
</table>
{{#if transfer.instructions.note}}<p style="color:#6b5b4d">{{transfer.instructions.note}}</p>{{/if}}`
}

function transferText(words: Record<string, string>) {
  return `${words.amount}: {{money transfer.amount_due transfer.currency_code}}
${words.reference}: {{transfer.reference}}
${words.deadline}: {{date transfer.deadline}}
${words.beneficiary}: {{transfer.instructions.beneficiary}}
${words.bank}: {{transfer.instructions.bank_name}}
{{#if transfer.instructions.bank_address}}${words.bank_address}: {{transfer.instructions.bank_address}}
{{/if}}{{#if transfer.instructions.iban}}IBAN: {{transfer.instructions.iban}}
{{/if}}{{#if transfer.instructions.account_number}}${words.account}: {{transfer.instructions.account_number}}
{{/if}}{{#if transfer.instructions.swift_bic}}SWIFT/BIC: {{transfer.instructions.swift_bic}}
{{/if}}{{#if transfer.instructions.aba_routing}}${words.aba}: {{transfer.instructions.aba_routing}}
{{/if}}{{#if transfer.instructions.note}}
{{transfer.instructions.note}}
{{/if}}`
}

const EN = {
  amount: "Amount to send",
  reference: "Reference to quote",
  deadline: "Please pay by",
  beneficiary: "Beneficiary",
  bank: "Bank",
  bank_address: "Bank address",
  account: "Account number",
  aba: "ABA routing number",
}
const ES = {
  amount: "Monto a transferir",
  reference: "Referencia que debe indicar",
  deadline: "Fecha límite de pago",
  beneficiary: "Beneficiario",
  bank: "Banco",
  bank_address: "Dirección del banco",
  account: "Número de cuenta",
  aba: "Número de ruta ABA",
}

const itemsHtml = `<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;margin:12px 0">
{{#each items}}<tr><td style="padding:4px 0">{{quantity}} × {{title}}{{#if variant_title}} <span style="color:#6b5b4d">({{variant_title}})</span>{{/if}}</td><td align="right" style="padding:4px 0">{{money total @root.currency_code}}</td></tr>
{{/each}}</table>`

const itemsText = `{{#each items}}{{quantity}} × {{title}}{{#if variant_title}} ({{variant_title}}){{/if}}: {{money total @root.currency_code}}
{{/each}}`

export const PARTIALS: Record<string, string> = {
  layout,
  "transfer-html-en": transferHtml(EN),
  "transfer-html-es": transferHtml(ES),
  "transfer-text-en": transferText(EN),
  "transfer-text-es": transferText(ES),
  "items-html": itemsHtml,
  "items-text": itemsText,
}
