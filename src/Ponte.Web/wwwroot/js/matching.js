// The match board works without this file; with it, a run shows its progress and a decision
// that sends notifications asks for confirmation first.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
    return;
  }
  var progress = form.getAttribute('data-progress');
  if (progress) {
    var status = document.getElementById(progress);
    if (status) status.hidden = false;
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
  }
});
