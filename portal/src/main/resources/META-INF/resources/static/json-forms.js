// Forms marked data-json-action send their fields as JSON to the portal's API (the same routes
// scripts use, so the rules and messages are the same) and show the API's message beside them.
// On success the page reloads to show the new state.
(function () {
  function valueOf(element, raw) {
    if (element && element.type === 'number') {
      return Number(raw);
    }
    if (element && element.dataset.list === 'lines') {
      return raw.split('\n').map(function (s) { return s.trim(); }).filter(Boolean);
    }
    return raw;
  }

  function bodyOf(form) {
    var body = {};
    new FormData(form).forEach(function (raw, name) {
      var element = form.elements[name];
      if (element && element.type === 'checkbox') {
        body[name] = true;
      } else if (raw !== '') {
        body[name] = valueOf(element, raw);
      }
    });
    Array.prototype.forEach.call(form.querySelectorAll('input[type=checkbox][name]'), function (box) {
      if (!box.checked) {
        body[box.name] = false;
      }
    });
    return body;
  }

  function show(form, text, ok) {
    var out = form.querySelector('.form-result');
    if (!out) {
      out = document.createElement('p');
      out.className = 'form-result';
      out.setAttribute('role', 'status');
      form.appendChild(out);
    }
    out.textContent = text;
    out.classList.toggle('error', !ok);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target.closest('form[data-json-action]');
    if (!form) {
      return;
    }
    event.preventDefault();
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (e) { e.remove(); });
    var button = form.querySelector('button[type=submit], button:not([type])');
    if (button) {
      button.disabled = true;
    }
    show(form, '正在提交…', true);
    fetch(form.dataset.jsonAction, {
      method: form.dataset.method || 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(bodyOf(form))
    }).then(function (response) {
      if (response.ok) {
        show(form, '已保存', true);
        window.location.reload();
        return;
      }
      return response.json().catch(function () { return {}; }).then(function (error) {
        (error.fields || []).forEach(function (f) {
          var input = form.elements[f.field];
          if (input && input.insertAdjacentHTML) {
            var note = document.createElement('span');
            note.className = 'field-error';
            note.textContent = f.message;
            input.insertAdjacentElement('afterend', note);
          }
        });
        show(form, error.message || ('提交失败（' + response.status + '） (request failed)'), false);
      });
    }).catch(function () {
      show(form, '网络错误，请重试 (network error, please retry)', false);
    }).finally(function () {
      if (button) {
        button.disabled = false;
      }
    });
  });
})();
