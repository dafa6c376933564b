// The kiosk's thank-you page: a countdown back to a fresh form, which can be paused; the link skips it.
// Without this file the page shows the link alone.
;(function () {
  var box = document.querySelector('[data-kiosk-return]')
  if (!box) return
  var link = box.querySelector('[data-countdown-skip]')
  var countdown = box.querySelector('[data-countdown]')
  var running = box.querySelector('[data-countdown-running]')
  var paused = box.querySelector('[data-countdown-paused]')
  var number = box.querySelector('[data-countdown-seconds]')
  var status = box.querySelector('[data-countdown-status]')
  var toggle = box.querySelector('[data-countdown-toggle]')
  var left = Number(box.getAttribute('data-seconds')) || 8
  var timer = null

  function tick() {
    left -= 1
    if (left > 0) {
      number.textContent = String(left)
      return
    }
    clearInterval(timer)
    // Replace, so the tablet's Back button does not lead to this page again.
    location.replace(link.href)
  }
  function setPaused(isPaused) {
    running.hidden = isPaused
    paused.hidden = !isPaused
    toggle.textContent = toggle.getAttribute(isPaused ? 'data-resume' : 'data-pause')
    // Announced only when the resident changes something, never every second.
    status.textContent = isPaused ? paused.textContent : running.textContent
  }

  toggle.addEventListener('click', function () {
    if (timer === null) {
      timer = setInterval(tick, 1000)
      setPaused(false)
    } else {
      clearInterval(timer)
      timer = null
      setPaused(true)
    }
  })
  countdown.hidden = false
  toggle.hidden = false
  timer = setInterval(tick, 1000)
})()
