// Quick exit (GOV.UK's "exit this page" pattern): the button, or Escape pressed twice
// within a second, blanks the page, forgets what this tab kept (drafts) and replaces
// the current history entry with a neutral site, so Back does not return here.
// It cannot erase earlier pages, the browser's history or anything else on the phone:
// the page says so next to the button.
;(() => {
  const button = document.querySelector('a[data-quick-exit]')
  if (!button) return
  let leaving = false
  const leave = (event) => {
    if (event) event.preventDefault()
    if (leaving) return
    leaving = true
    try {
      sessionStorage.clear()
    } catch {
      /* storage unavailable */
    }
    document.title = ''
    document.body.replaceChildren()
    location.replace(button.href)
  }
  button.addEventListener('click', leave)
  let last = -Infinity
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.repeat) return
    if (event.timeStamp - last < 1000) leave(event)
    else last = event.timeStamp
  })
})()
