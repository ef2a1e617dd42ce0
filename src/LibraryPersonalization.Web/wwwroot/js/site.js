// Destructive forms carry data-confirm: ask before they submit.
document.addEventListener('submit', (event) => {
  const message = event.target.dataset ? event.target.dataset.confirm : undefined;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
