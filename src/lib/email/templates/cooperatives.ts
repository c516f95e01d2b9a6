/**
 * Coordinators' and cooperatives' emails: Spanish first (coordinators read
 * Spanish), with a short English version below for CIS's international staff
 * and volunteers. The payout statement is in Spanish only.
 */
import type { LocalizedTemplate, TemplateSources } from "../types"

const button = (url: string, label: string) =>
  `<p style="margin:24px 0"><a href="${url}" style="background:#b5522b;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none">${label}</a></p>`

const invite: TemplateSources = {
  subject: "{{#if reinvited}}Nueva invitación{{else}}Invitación{{/if}} al portal de {{cooperative}} · CIS Fair Trade Crafts",
  html: `{{#> layout title="Invitación"}}
<h1 style="font-size:22px">Hola, {{name}}</h1>
<p>El CIS le invita a llevar el portal de <strong>{{cooperative}}</strong>: sus existencias, los pedidos por preparar y lo que la cooperativa ha ganado.{{#if reinvited}} Esta invitación reemplaza la anterior, que ya no sirve.{{/if}}</p>
<p>Elija su contraseña con este enlace (vale 7 días y se usa una sola vez):</p>
${button("{{invite_url}}", "Aceptar la invitación")}
<p style="font-size:13px;color:#6b5b4d">{{invite_url}}</p>
<hr style="border:none;border-top:1px solid #eadfd3">
<p lang="en" style="font-size:14px;color:#6b5b4d">CIS invites you to run {{cooperative}}'s portal. Choose your password with the link above (valid 7 days, single use).</p>
{{/layout}}`,
  text: `Hola, {{name}}

El CIS le invita a llevar el portal de {{cooperative}}: sus existencias, los pedidos por preparar y lo que la cooperativa ha ganado.{{#if reinvited}} Esta invitación reemplaza la anterior, que ya no sirve.{{/if}}

Elija su contraseña con este enlace (vale 7 días y se usa una sola vez):
{{invite_url}}

--
CIS invites you to run {{cooperative}}'s portal. Choose your password with the link above (valid 7 days, single use).`,
}

const reset: TemplateSources = {
  subject: "Cambiar su contraseña del portal · CIS Fair Trade Crafts",
  html: `{{#> layout title="Contraseña"}}
<h1 style="font-size:22px">Hola, {{name}}</h1>
<p>Alguien pidió cambiar la contraseña de su cuenta del portal. Si fue usted, use este enlace en los próximos {{valid_minutes}} minutos:</p>
${button("{{reset_url}}", "Elegir una contraseña nueva")}
<p style="font-size:13px;color:#6b5b4d">{{reset_url}}</p>
<p>Si no lo pidió, ignore este correo: su contraseña no cambia.</p>
<hr style="border:none;border-top:1px solid #eadfd3">
<p lang="en" style="font-size:14px;color:#6b5b4d">Someone asked to reset your portal password. If it was you, use the link above within {{valid_minutes}} minutes; otherwise ignore this email.</p>
{{/layout}}`,
  text: `Hola, {{name}}

Alguien pidió cambiar la contraseña de su cuenta del portal. Si fue usted, use este enlace en los próximos {{valid_minutes}} minutos:
{{reset_url}}

Si no lo pidió, ignore este correo: su contraseña no cambia.

--
Someone asked to reset your portal password. If it was you, use the link above within {{valid_minutes}} minutes; otherwise ignore this email.`,
}

const payoutPaid: TemplateSources = {
  subject: "Pago a {{cooperative_name}}: {{money amount currency_code}} (ref. {{reference}})",
  html: `{{#> layout title="Pago a la cooperativa"}}
<h1 style="font-size:22px">Pago a {{cooperative_name}}</h1>
<p>El CIS pagó a la cooperativa <strong>{{money amount currency_code}}</strong> el {{date paid_at}}, por {{method}}, con la referencia <strong>{{reference}}</strong>.{{#if converted}} Salieron {{money sent_amount sent_currency_code}}.{{/if}}</p>
<h2 style="font-size:18px">Detalle</h2>
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;font-size:14px">
<tr><th align="left" style="padding:4px 8px 4px 0">Fecha</th><th align="left" style="padding:4px 8px 4px 0">Pedido</th><th align="left" style="padding:4px 8px 4px 0">Concepto</th><th align="right" style="padding:4px 0">Monto</th></tr>
{{#each entries}}<tr><td style="padding:4px 8px 4px 0">{{date date}}</td><td style="padding:4px 8px 4px 0">{{#if order_display_id}}CIS-{{order_display_id}}{{else}}—{{/if}}</td><td style="padding:4px 8px 4px 0">{{description}}</td><td align="right" style="padding:4px 0">{{money amount @root.currency_code}}</td></tr>
{{/each}}<tr><td colspan="3" style="padding:8px 0;border-top:1px solid #eadfd3"><strong>Total</strong></td><td align="right" style="padding:8px 0;border-top:1px solid #eadfd3"><strong>{{money amount currency_code}}</strong></td></tr>
</table>
${button("{{portal_url}}", "Ver en el portal")}
{{/layout}}`,
  text: `Pago a {{cooperative_name}}

El CIS pagó a la cooperativa {{money amount currency_code}} el {{date paid_at}}, por {{method}}, con la referencia {{reference}}.{{#if converted}} Salieron {{money sent_amount sent_currency_code}}.{{/if}}

Detalle:
{{#each entries}}{{date date}}  {{#if order_display_id}}CIS-{{order_display_id}}{{else}}—{{/if}}  {{description}}  {{money amount @root.currency_code}}
{{/each}}
Total: {{money amount currency_code}}

Ver en el portal: {{portal_url}}`,
}

/** Both languages read the Spanish-first version. */
const same = (sources: TemplateSources): LocalizedTemplate => ({ es: sources, en: sources })

export const coordinatorInvite = same(invite)
export const coordinatorPasswordReset = same(reset)
export const payoutPaidStatement = same(payoutPaid)
