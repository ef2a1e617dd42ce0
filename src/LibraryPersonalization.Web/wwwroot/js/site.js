// Destructive forms and buttons carry data-confirm: ask before they submit.
document.addEventListener('submit', (event) => {
  const source = event.submitter && event.submitter.dataset.confirm ? event.submitter : event.target;
  const message = source.dataset ? source.dataset.confirm : undefined;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
