// Small enhancements for staff pages; every page works fully without this file.
;(function () {
  function focusSummary() {
    var summary = document.querySelector('[data-error-summary]')
    if (summary) summary.focus()
  }
  focusSummary()

  // Upload progress: htmx reports the bytes sent; fill the form's <progress>.
  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest && event.target.closest('[data-upload-progress]')
    var bar = form && form.querySelector('progress')
    if (!bar || !event.detail.lengthComputable || !event.detail.total) return
    bar.hidden = false
    // The response's download progress follows the upload's: never move backwards.
    bar.value = Math.max(bar.value, Math.round((event.detail.loaded / event.detail.total) * 100))
  })

  // Forms marked data-swap-errors show the server's error page (422, 409, 413) in place,
  // as a full page load would; htmx would otherwise ignore a 4xx response.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var elt = event.detail.requestConfig && event.detail.requestConfig.elt
    var status = event.detail.xhr.status
    if (status >= 400 && status < 500 && elt && elt.closest && elt.closest('[data-swap-errors]')) {
      event.detail.shouldSwap = true
      event.detail.isError = false
    }
  })
  document.addEventListener('htmx:afterSettle', focusSummary)

  // A button marked data-working says so once its form is sent, and takes no second press.
  function working(button) {
    if (button.hasAttribute('data-label')) return
    button.setAttribute('data-label', button.textContent)
    button.textContent = button.getAttribute('data-working')
    button.disabled = true
  }
  function usable(root) {
    var buttons = root.querySelectorAll('button[data-label]')
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].textContent = buttons[i].getAttribute('data-label')
      buttons[i].removeAttribute('data-label')
      buttons[i].disabled = false
    }
  }
  document.addEventListener('submit', function (event) {
    var form = event.target
    var pressed = event.submitter
    var button = pressed && pressed.hasAttribute('data-working') ? pressed : form.querySelector('button[data-working]')
    // A tick later: a button disabled while the form is being read would leave its own value out.
    if (button) setTimeout(working, 0, button)
  })
  // Back to a page kept in the browser's cache, the form is usable again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) usable(document)
  })
  // An htmx request that ends without replacing its form (a network error) leaves it usable too.
  document.addEventListener('htmx:afterRequest', function (event) {
    var elt = event.detail && event.detail.elt
    if (elt && elt.querySelectorAll) usable(elt)
  })
})()
