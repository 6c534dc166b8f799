// The report editor: "插入" puts the chosen placeholder (e.g. {预算执行率}) into the section's text at the cursor.
(function () {
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-insert-into]');
    if (!button) {
      return;
    }
    var area = document.getElementById(button.getAttribute('data-insert-into'));
    var choice = button.closest('form').querySelector('.placeholder-choice');
    if (!area || !choice) {
      return;
    }
    var start = area.selectionStart == null ? area.value.length : area.selectionStart;
    var end = area.selectionEnd == null ? start : area.selectionEnd;
    area.value = area.value.slice(0, start) + choice.value + area.value.slice(end);
    area.focus();
    area.selectionStart = area.selectionEnd = start + choice.value.length;
  });
})();
