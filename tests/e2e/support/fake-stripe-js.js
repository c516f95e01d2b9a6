/*
 * Stands in for https://js.stripe.com/<release>/stripe.js, which cannot load
 * on this offline machine. It offers the parts @stripe/stripe-js and
 * @stripe/react-stripe-js use: Stripe(pk), elements({clientSecret}),
 * elements.create("payment") drawing a plain card-number field, and
 * confirmPayment, which POSTs to https://api.stripe.com/v1/payment_intents/:id/confirm
 * as Stripe.js does; the test answers that request (a declined test card or
 * a paid one). Everything else real Stripe.js does (3-D Secure, wallets,
 * its iframes) is not here.
 */
;(function () {
  function Stripe(publishableKey) {
    var state = { clientSecret: null, input: null }
    function element() {
      var handlers = {}
      var node = null
      return {
        mount: function (target) {
          node = typeof target === "string" ? document.querySelector(target) : target
          var label = document.createElement("label")
          label.textContent = "Card number (test Stripe.js)"
          label.setAttribute("for", "fake-stripe-card-number")
          var input = document.createElement("input")
          input.id = "fake-stripe-card-number"
          input.setAttribute("inputmode", "numeric")
          input.setAttribute("autocomplete", "cc-number")
          input.addEventListener("input", function () {
            ;(handlers.change || []).forEach(function (cb) {
              cb({ elementType: "payment", complete: input.value.replace(/\D/g, "").length >= 16, empty: !input.value, value: { type: "card" } })
            })
          })
          state.input = input
          node.appendChild(label)
          node.appendChild(input)
          setTimeout(function () {
            ;(handlers.ready || []).forEach(function (cb) { cb({ elementType: "payment" }) })
          }, 0)
        },
        on: function (event, cb) { (handlers[event] = handlers[event] || []).push(cb); return this },
        off: function (event, cb) { handlers[event] = (handlers[event] || []).filter(function (h) { return h !== cb }); return this },
        once: function (event, cb) { return this.on(event, cb) },
        update: function () {},
        focus: function () { if (state.input) state.input.focus() },
        blur: function () {},
        clear: function () { if (state.input) state.input.value = "" },
        collapse: function () {},
        unmount: function () { if (node) node.innerHTML = "" },
        destroy: function () { if (node) node.innerHTML = "" },
      }
    }
    var created = {}
    function elements(options) {
      state.clientSecret = (options && options.clientSecret) || null
      return {
        create: function (type) { created[type] = element(); return created[type] },
        getElement: function (type) { return created[type] || null },
        update: function (next) { if (next && next.clientSecret) state.clientSecret = next.clientSecret },
        submit: function () { return Promise.resolve({}) },
        fetchUpdates: function () { return Promise.resolve({}) },
      }
    }
    function confirmPayment(params) {
      var secret = (params && params.clientSecret) || state.clientSecret
      if (params && params.elements && params.elements.__secret) secret = params.elements.__secret
      var id = String(secret).split("_secret_")[0]
      // The key goes in the form, as Stripe.js sends it: a simple request, no preflight.
      var body = new URLSearchParams({ key: publishableKey, client_secret: secret, "payment_method_data[card][number]": state.input ? state.input.value.replace(/\D/g, "") : "" })
      return fetch("https://api.stripe.com/v1/payment_intents/" + id + "/confirm", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: body.toString(),
      })
        .then(function (response) { return response.json() })
        .then(function (json) { return json.error ? { error: json.error } : { paymentIntent: json } })
    }
    var unsupported = function () { return Promise.resolve({ error: { type: "invalid_request_error", message: "not available in the test Stripe.js" } }) }
    return {
      elements: elements,
      confirmPayment: confirmPayment,
      retrievePaymentIntent: function (secret) {
        return fetch("https://api.stripe.com/v1/payment_intents/" + String(secret).split("_secret_")[0] + "?client_secret=" + secret)
          .then(function (r) { return r.json() })
          .then(function (json) { return { paymentIntent: json } })
      },
      handleNextAction: unsupported,
      createToken: unsupported,
      createPaymentMethod: unsupported,
      confirmCardPayment: unsupported,
      _registerWrapper: function () {},
      registerAppInfo: function () {},
    }
  }
  Stripe.version = "basil"
  window.Stripe = Stripe
})()
