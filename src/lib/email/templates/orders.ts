/** Buyers' order emails, in English and Spanish. */
import type { LocalizedTemplate } from "../types"

const link = (label: string) =>
  `<p style="margin:24px 0"><a href="{{order_url}}" style="background:#b5522b;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none">${label}</a></p>`

export const orderPlaced: LocalizedTemplate = {
  en: {
    subject: "Order CIS-{{display_id}} placed{{#if transfer}}: your bank transfer details{{/if}}",
    html: `{{#> layout title="Your order"}}
<h1 style="font-size:22px">Thank you for your order CIS-{{display_id}}</h1>
<p>Placed on {{date placed_at}}. Every craft in it was made by a cooperative in El Salvador.</p>
{{> items-html}}
<p>Shipping: {{money shipping_total currency_code}} · Tax: {{money tax_total currency_code}}<br><strong>Total: {{money total currency_code}}</strong></p>
{{#if transfer}}
<h2 style="font-size:18px">Pay by bank transfer</h2>
<p>Please send exactly <strong>{{money transfer.amount_due transfer.currency_code}}</strong> and quote <strong>{{transfer.reference}}</strong> as the reference, so we can match your payment. We prepare your crafts once it arrives.</p>
{{> transfer-html-en}}
{{else}}
<h2 style="font-size:18px">Paid by card</h2>
<p>{{#if card_captured}}Your card payment of {{money total currency_code}} was received. This email is your receipt.{{else}}Your card payment of {{money total currency_code}} is authorized; it is taken when we prepare your crafts.{{/if}}</p>
{{/if}}
${link("See your order")}
{{/layout}}`,
    text: `Thank you for your order CIS-{{display_id}}
Placed on {{date placed_at}}.

{{> items-text}}
Shipping: {{money shipping_total currency_code}}
Tax: {{money tax_total currency_code}}
Total: {{money total currency_code}}

{{#if transfer}}PAY BY BANK TRANSFER
Please send exactly {{money transfer.amount_due transfer.currency_code}} and quote {{transfer.reference}} as the reference. We prepare your crafts once it arrives.

{{> transfer-text-en}}
{{else}}{{#if card_captured}}Your card payment of {{money total currency_code}} was received. This email is your receipt.{{else}}Your card payment of {{money total currency_code}} is authorized; it is taken when we prepare your crafts.{{/if}}
{{/if}}
Your order: {{order_url}}`,
  },
  es: {
    subject: "Pedido CIS-{{display_id}} realizado{{#if transfer}}: datos para su transferencia{{/if}}",
    html: `{{#> layout title="Su pedido"}}
<h1 style="font-size:22px">Gracias por su pedido CIS-{{display_id}}</h1>
<p>Realizado el {{date placed_at}}. Cada artesanía fue hecha por una cooperativa de El Salvador.</p>
{{> items-html}}
<p>Envío: {{money shipping_total currency_code}} · Impuestos: {{money tax_total currency_code}}<br><strong>Total: {{money total currency_code}}</strong></p>
{{#if transfer}}
<h2 style="font-size:18px">Pago por transferencia bancaria</h2>
<p>Transfiera exactamente <strong>{{money transfer.amount_due transfer.currency_code}}</strong> e indique <strong>{{transfer.reference}}</strong> como referencia, para que podamos reconocer su pago. Preparamos sus artesanías en cuanto llegue.</p>
{{> transfer-html-es}}
{{else}}
<h2 style="font-size:18px">Pago con tarjeta</h2>
<p>{{#if card_captured}}Recibimos el pago con su tarjeta por {{money total currency_code}}. Este correo es su comprobante.{{else}}El pago con su tarjeta por {{money total currency_code}} está autorizado; se cobra cuando preparemos sus artesanías.{{/if}}</p>
{{/if}}
${link("Ver su pedido")}
{{/layout}}`,
    text: `Gracias por su pedido CIS-{{display_id}}
Realizado el {{date placed_at}}.

{{> items-text}}
Envío: {{money shipping_total currency_code}}
Impuestos: {{money tax_total currency_code}}
Total: {{money total currency_code}}

{{#if transfer}}PAGO POR TRANSFERENCIA BANCARIA
Transfiera exactamente {{money transfer.amount_due transfer.currency_code}} e indique {{transfer.reference}} como referencia. Preparamos sus artesanías en cuanto llegue.

{{> transfer-text-es}}
{{else}}{{#if card_captured}}Recibimos el pago con su tarjeta por {{money total currency_code}}. Este correo es su comprobante.{{else}}El pago con su tarjeta por {{money total currency_code}} está autorizado; se cobra cuando preparemos sus artesanías.{{/if}}
{{/if}}
Su pedido: {{order_url}}`,
  },
}

export const paymentReceived: LocalizedTemplate = {
  en: {
    subject: "Payment received for order CIS-{{display_id}}",
    html: `{{#> layout title="Payment received"}}
<h1 style="font-size:22px">We received your payment</h1>
<p>Thank you: {{money amount currency_code}} for order <strong>CIS-{{display_id}}</strong> has arrived. The cooperatives' share of it is now theirs, and we are preparing your crafts.</p>
${link("See your order")}
{{/layout}}`,
    text: `We received your payment

Thank you: {{money amount currency_code}} for order CIS-{{display_id}} has arrived. The cooperatives' share of it is now theirs, and we are preparing your crafts.

Your order: {{order_url}}`,
  },
  es: {
    subject: "Recibimos el pago del pedido CIS-{{display_id}}",
    html: `{{#> layout title="Pago recibido"}}
<h1 style="font-size:22px">Recibimos su pago</h1>
<p>Gracias: llegaron {{money amount currency_code}} del pedido <strong>CIS-{{display_id}}</strong>. La parte de las cooperativas ya es suya, y estamos preparando sus artesanías.</p>
${link("Ver su pedido")}
{{/layout}}`,
    text: `Recibimos su pago

Gracias: llegaron {{money amount currency_code}} del pedido CIS-{{display_id}}. La parte de las cooperativas ya es suya, y estamos preparando sus artesanías.

Su pedido: {{order_url}}`,
  },
}

export const transferReminder: LocalizedTemplate = {
  en: {
    subject: "Reminder: order CIS-{{display_id}} is waiting for your transfer",
    html: `{{#> layout title="Waiting for your transfer"}}
<h1 style="font-size:22px">Your order is waiting for your transfer</h1>
<p>We have not yet received the payment for order <strong>CIS-{{display_id}}</strong>. If you already sent it, thank you: transfers can take a few days, and there is nothing more to do.</p>
<p>Otherwise, please send it with these details. If it has not arrived by {{date cancel_on}}, we cancel the order and release the crafts.</p>
{{> transfer-html-en}}
${link("See your order")}
{{/layout}}`,
    text: `Your order is waiting for your transfer

We have not yet received the payment for order CIS-{{display_id}}. If you already sent it, thank you: transfers can take a few days.
Otherwise, please send it with these details. If it has not arrived by {{date cancel_on}}, we cancel the order and release the crafts.

{{> transfer-text-en}}
Your order: {{order_url}}`,
  },
  es: {
    subject: "Recordatorio: el pedido CIS-{{display_id}} espera su transferencia",
    html: `{{#> layout title="Esperamos su transferencia"}}
<h1 style="font-size:22px">Su pedido espera su transferencia</h1>
<p>Todavía no recibimos el pago del pedido <strong>CIS-{{display_id}}</strong>. Si ya lo envió, gracias: las transferencias pueden tardar unos días y no tiene que hacer nada más.</p>
<p>Si no, envíelo con estos datos. Si no ha llegado el {{date cancel_on}}, cancelamos el pedido y liberamos las artesanías.</p>
{{> transfer-html-es}}
${link("Ver su pedido")}
{{/layout}}`,
    text: `Su pedido espera su transferencia

Todavía no recibimos el pago del pedido CIS-{{display_id}}. Si ya lo envió, gracias: las transferencias pueden tardar unos días.
Si no, envíelo con estos datos. Si no ha llegado el {{date cancel_on}}, cancelamos el pedido y liberamos las artesanías.

{{> transfer-text-es}}
Su pedido: {{order_url}}`,
  },
}

export const orderShipped: LocalizedTemplate = {
  en: {
    subject: "Order CIS-{{display_id}} is on its way",
    html: `{{#> layout title="Shipped"}}
<h1 style="font-size:22px">Your crafts are on their way</h1>
<p>We shipped from San Salvador:</p>
<ul>{{#each items}}<li>{{quantity}} × {{title}}</li>{{/each}}</ul>
{{#each tracking}}<p>Tracking number: <strong>{{#if number}}{{number}}{{else}}—{{/if}}</strong>{{#if url}} · <a href="{{url}}">Follow your parcel</a>{{/if}}</p>{{/each}}
${link("See your order")}
{{/layout}}`,
    text: `Your crafts are on their way

We shipped from San Salvador:
{{#each items}}{{quantity}} × {{title}}
{{/each}}
{{#each tracking}}Tracking number: {{#if number}}{{number}}{{else}}—{{/if}}{{#if url}}
Follow your parcel: {{url}}{{/if}}
{{/each}}
Your order: {{order_url}}`,
  },
  es: {
    subject: "El pedido CIS-{{display_id}} va en camino",
    html: `{{#> layout title="Enviado"}}
<h1 style="font-size:22px">Sus artesanías van en camino</h1>
<p>Enviamos desde San Salvador:</p>
<ul>{{#each items}}<li>{{quantity}} × {{title}}</li>{{/each}}</ul>
{{#each tracking}}<p>Número de seguimiento: <strong>{{#if number}}{{number}}{{else}}—{{/if}}</strong>{{#if url}} · <a href="{{url}}">Siga su paquete</a>{{/if}}</p>{{/each}}
${link("Ver su pedido")}
{{/layout}}`,
    text: `Sus artesanías van en camino

Enviamos desde San Salvador:
{{#each items}}{{quantity}} × {{title}}
{{/each}}
{{#each tracking}}Número de seguimiento: {{#if number}}{{number}}{{else}}—{{/if}}{{#if url}}
Siga su paquete: {{url}}{{/if}}
{{/each}}
Su pedido: {{order_url}}`,
  },
}

export const orderCanceled: LocalizedTemplate = {
  en: {
    subject: "Order CIS-{{display_id}} was cancelled",
    html: `{{#> layout title="Order cancelled"}}
<h1 style="font-size:22px">Your order CIS-{{display_id}} was cancelled</h1>
{{#if unpaid_transfer}}<p>We had not received your bank transfer of {{money total currency_code}}, so the crafts went back on the shelf for others. If you did send it, please reply to this email: we will refund it or restore your order.</p>{{/if}}
{{#if refunded}}<p>We refunded {{money refunded currency_code}}. It can take a few days to reach your account.</p>{{/if}}
<p>Thank you for supporting the cooperatives; we hope to see you again.</p>
{{/layout}}`,
    text: `Your order CIS-{{display_id}} was cancelled

{{#if unpaid_transfer}}We had not received your bank transfer of {{money total currency_code}}, so the crafts went back on the shelf for others. If you did send it, please reply to this email: we will refund it or restore your order.
{{/if}}{{#if refunded}}We refunded {{money refunded currency_code}}. It can take a few days to reach your account.
{{/if}}
Thank you for supporting the cooperatives; we hope to see you again.`,
  },
  es: {
    subject: "El pedido CIS-{{display_id}} fue cancelado",
    html: `{{#> layout title="Pedido cancelado"}}
<h1 style="font-size:22px">Su pedido CIS-{{display_id}} fue cancelado</h1>
{{#if unpaid_transfer}}<p>No recibimos su transferencia de {{money total currency_code}}, así que las artesanías volvieron a estar disponibles para otras personas. Si usted sí la envió, responda a este correo: le devolvemos el dinero o restablecemos su pedido.</p>{{/if}}
{{#if refunded}}<p>Le devolvimos {{money refunded currency_code}}. Puede tardar unos días en llegar a su cuenta.</p>{{/if}}
<p>Gracias por apoyar a las cooperativas; esperamos verle de nuevo.</p>
{{/layout}}`,
    text: `Su pedido CIS-{{display_id}} fue cancelado

{{#if unpaid_transfer}}No recibimos su transferencia de {{money total currency_code}}, así que las artesanías volvieron a estar disponibles para otras personas. Si usted sí la envió, responda a este correo: le devolvemos el dinero o restablecemos su pedido.
{{/if}}{{#if refunded}}Le devolvimos {{money refunded currency_code}}. Puede tardar unos días en llegar a su cuenta.
{{/if}}
Gracias por apoyar a las cooperativas; esperamos verle de nuevo.`,
  },
}

export const orderRefunded: LocalizedTemplate = {
  en: {
    subject: "Refund for order CIS-{{display_id}}",
    html: `{{#> layout title="Refund"}}
<h1 style="font-size:22px">We refunded {{money amount currency_code}}</h1>
<p>For order <strong>CIS-{{display_id}}</strong>. It can take a few days to reach your account.</p>
${link("See your order")}
{{/layout}}`,
    text: `We refunded {{money amount currency_code}}

For order CIS-{{display_id}}. It can take a few days to reach your account.

Your order: {{order_url}}`,
  },
  es: {
    subject: "Reembolso del pedido CIS-{{display_id}}",
    html: `{{#> layout title="Reembolso"}}
<h1 style="font-size:22px">Le devolvimos {{money amount currency_code}}</h1>
<p>Del pedido <strong>CIS-{{display_id}}</strong>. Puede tardar unos días en llegar a su cuenta.</p>
${link("Ver su pedido")}
{{/layout}}`,
    text: `Le devolvimos {{money amount currency_code}}

Del pedido CIS-{{display_id}}. Puede tardar unos días en llegar a su cuenta.

Su pedido: {{order_url}}`,
  },
}
