// The print button needs JavaScript, so it is shown only when there is some.
;(function () {
  var button = document.querySelector('[data-print]')
  if (!button) return
  button.hidden = false
  button.addEventListener('click', function () {
    window.print()
  })
})()
