// Large-type mode's enhancements; every screen works fully without this file.
;(function () {
  var summary = document.querySelector('[data-error-summary]')
  if (summary) summary.focus()
  var button = document.querySelector('[data-listen]')
  var speech = window.speechSynthesis
  if (!button || !speech || !window.SpeechSynthesisUtterance) return
  var lang = document.documentElement.lang || 'th'
  var voice = null
  // Only a voice the phone already has for the page's language: nothing is downloaded.
  function findVoice() {
    var voices = speech.getVoices()
    for (var i = 0; i < voices.length; i++) if (voices[i].lang.toLowerCase().indexOf(lang) === 0) return voices[i]
    return null
  }
  function offer() {
    voice = voice || findVoice()
    button.hidden = !voice
  }
  offer()
  if (speech.addEventListener) speech.addEventListener('voiceschanged', offer)
  button.addEventListener('click', function () {
    if (!voice) return
    var words = []
    var parts = document.querySelectorAll('[data-speak], .choice__text, .label')
    for (var i = 0; i < parts.length; i++) words.push(parts[i].textContent.trim())
    speech.cancel()
    var utterance = new SpeechSynthesisUtterance(words.join('. '))
    utterance.voice = voice
    utterance.lang = voice.lang
    speech.speak(utterance)
  })
})()
