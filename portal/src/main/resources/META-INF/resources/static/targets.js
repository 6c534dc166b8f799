// The target table's form (/targets/{id}): its fields, indicator rows and plan steps go as one JSON
// body (PUT to data-target-action), with the page's CSRF token; the API's messages are shown beside
// the fields they name ("indicators[2].targetValue" is the third indicator row's value). Rows are
// added from the form's <template data-row-template="…"> and removed with their button.
(function () {
  var FULL_WIDTH = /[０-９．－，]/g;

  function numberOf(raw) {
    var text = String(raw).replace(FULL_WIDTH, function (c) {
      return { '．': '.', '－': '-', '，': ',' }[c] || String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48);
    }).replace(/[,\s]/g, '');
    var n = Number(text);
    return text !== '' && isFinite(n) ? text : raw; // sent as text: the API reads it exactly
  }

  function valueOf(field) {
    if (field.value === '') {
      return null;
    }
    return field.dataset.type === 'number' ? numberOf(field.value) : field.value;
  }

  function rowsOf(form, list) {
    var body = form.querySelector('[data-rows="' + list + '"]');
    return Array.prototype.map.call(body.querySelectorAll('[data-row]'), function (row) {
      var item = {};
      Array.prototype.forEach.call(row.querySelectorAll('[data-field]'), function (field) {
        item[field.dataset.field] = valueOf(field);
      });
      return item;
    });
  }

  function bodyOf(form) {
    var body = {};
    Array.prototype.forEach.call(form.querySelectorAll('[name]'), function (field) {
      body[field.name] = valueOf(field);
    });
    body.indicators = rowsOf(form, 'indicators');
    body.planSteps = rowsOf(form, 'planSteps');
    return body;
  }

  function fieldFor(form, name) {
    var item = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(name);
    if (item) {
      var body = form.querySelector('[data-rows="' + item[1] + '"]');
      var row = body && body.querySelectorAll('[data-row]')[Number(item[2])];
      return row ? row.querySelector('[data-field="' + item[3] + '"]') : null;
    }
    var input = form.elements[name];
    return input && input.type !== 'hidden' ? input : null;
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

  function clear(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (e) { e.remove(); });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (e) { e.removeAttribute('aria-invalid'); });
  }

  function failed(form, response) {
    return response.json().catch(function () { return {}; }).then(function (error) {
      var unplaced = [];
      (error.fields || []).forEach(function (f) {
        var input = fieldFor(form, f.field);
        if (input) {
          var note = document.createElement('span');
          note.className = 'field-error';
          note.textContent = f.message;
          input.setAttribute('aria-invalid', 'true');
          input.insertAdjacentElement('afterend', note);
        } else {
          unplaced.push(f.message);
        }
      });
      var message = response.status === 401
        ? '登录已过期，请重新登录 (your sign-in has expired; please sign in again)'
        : error.message || ('保存失败（' + response.status + '） (request failed)');
      show(form, [message].concat(unplaced).join('；'), false);
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target.closest('form[data-target-action]');
    if (!form) {
      return;
    }
    event.preventDefault();
    clear(form);
    var meta = document.querySelector('meta[name="csrf-token"]');
    var headers = { 'Accept': 'application/json', 'Content-Type': 'application/json' };
    if (meta) {
      headers['X-CSRF-Token'] = meta.content;
    }
    show(form, '正在保存… (saving)', true);
    fetch(form.dataset.targetAction, {
      method: 'PUT', headers: headers, credentials: 'same-origin', body: JSON.stringify(bodyOf(form))
    }).then(function (response) {
      if (response.ok) {
        show(form, '已保存 (saved)', true);
        window.location.reload();
        return;
      }
      return failed(form, response);
    }).catch(function () {
      show(form, '网络错误，请重试 (network error, please retry)', false);
    });
  });

  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-row]');
    if (add) {
      var form = add.closest('form');
      var list = add.dataset.addRow;
      var template = form.querySelector('template[data-row-template="' + list + '"]');
      form.querySelector('[data-rows="' + list + '"]').appendChild(template.content.cloneNode(true));
      return;
    }
    var remove = event.target.closest('[data-remove-row]');
    if (remove) {
      remove.closest('[data-row]').remove();
    }
  });
})();
