// The indicator template editor (/indicator-templates/{id}, /new): rows of the tree can be inserted
// below a row, moved up and down; json-forms.js sends them as "indicators" and marks the API's
// messages beside the rows (indicators[3].weight).
(function () {
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-insert-below], [data-move-up], [data-move-down]');
    if (!button) {
      return;
    }
    var row = button.closest('[data-item]');
    if (button.hasAttribute('data-insert-below')) {
      var template = row.closest('form').querySelector('template[data-item-template]');
      var copy = template.content.firstElementChild.cloneNode(true);
      var level = row.querySelector('[data-field="level"]').value;
      copy.querySelector('[data-field="level"]').value = level;
      row.insertAdjacentElement('afterend', copy);
      copy.querySelector('[data-field="name"]').focus();
    } else if (button.hasAttribute('data-move-up') && row.previousElementSibling) {
      row.parentNode.insertBefore(row, row.previousElementSibling);
    } else if (button.hasAttribute('data-move-down') && row.nextElementSibling) {
      row.parentNode.insertBefore(row.nextElementSibling, row);
    }
  });
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('[data-item] [data-field="level"]')) {
      event.target.closest('[data-item]').className = 'level-' + event.target.value;
    }
  });
})();
