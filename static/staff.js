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
})()
