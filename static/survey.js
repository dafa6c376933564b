// Small enhancements only; the survey works fully without this file.
;(function () {
  var summary = document.querySelector('[data-error-summary]')
  if (summary) summary.focus()
  var form = document.querySelector('[data-survey-form]')
  if (!form) return
  form.addEventListener('submit', function () {
    // One tap sends once: the server also ignores a repeated submission id.
    var button = form.querySelector('button[type=submit]')
    if (!button) return
    setTimeout(function () {
      button.disabled = true
      button.textContent = button.getAttribute('data-submitting-text') || button.textContent
    }, 0)
  })
})()
