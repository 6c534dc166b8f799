// Forms marked data-json-action send their fields as JSON to the app's API (the same routes
// scripts use, so the rules and messages are the same) and show the API's message beside them.
// This is the one way the apps take an HTML form (served by infrastructure/signin at the same URL
// /static/json-forms.js in portal and tenant-admin).
// Every request carries the page's CSRF token (<meta name="csrf-token">) in the X-CSRF-Token header;
// a 401 answer means the sign-in has expired, and the form says so.
// On success the page reloads to show the new state, or goes to data-redirect ("{id}" is the id
// the API answered with), or shows the answer in place (data-answer). Further marks:
//   data-upload            send the fields as multipart form data (a file upload) instead of JSON
//   data-type="number"     on any field: send its value as a number (number inputs always are)
//   data-list="lines"      on a textarea: send its lines as an array
//   data-items="days"      rows marked data-item, with fields named by data-field, go as an array
//                          under "days"; buttons data-add-item / data-remove-item add and remove rows
//                          (a new row is a copy of the form's <template data-item-template>)
//   data-show-when="status=UNDER_CONSTRUCTION"  on a wrapper: shown, and its fields sent, only
//                          while the form's field "status" has that value
//   data-answer="#result"  on the form: on success, stay on the page and show the element #result
//                          (unhidden) filled with named fields of the API's answer:
//     data-answer-field="tenant.name"  its text becomes that field of the answer (dots go deeper)
//     data-answer-if="adminPassword"   shown only when that field is present and not false/empty;
//     data-answer-unless="created"     shown only when it is absent or false
//     data-answer-list="steps"         one copy of its <template> per element of that array, each
//                                      filled the same way from the element
(function () {
  function valueOf(element, raw) {
    if (element && (element.type === 'number' || element.dataset.type === 'number')) {
      return Number(raw);
    }
    if (element && element.dataset.list === 'lines') {
      return raw.split('\n').map(function (s) { return s.trim(); }).filter(Boolean);
    }
    return raw;
  }

  function itemsOf(form) {
    return Array.prototype.map.call(form.querySelectorAll('[data-item]'), function (row) {
      var item = {};
      Array.prototype.forEach.call(row.querySelectorAll('[data-field]'), function (field) {
        if (field.value !== '') {
          item[field.dataset.field] = valueOf(field, field.value);
        }
      });
      return item;
    });
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
      if (!box.checked && !box.disabled) {
        body[box.name] = false;
      }
    });
    if (form.dataset.items) {
      body[form.dataset.items] = itemsOf(form);
    }
    return body;
  }

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : '';
  }

  function requestOf(form) {
    var request = {
      method: form.dataset.method || 'POST',
      headers: { 'Accept': 'application/json', 'X-CSRF-Token': csrfToken() },
      credentials: 'same-origin'
    };
    if (form.hasAttribute('data-upload')) {
      request.body = new FormData(form); // the browser sets the multipart boundary itself
    } else {
      request.headers['Content-Type'] = 'application/json';
      request.body = JSON.stringify(bodyOf(form));
    }
    return request;
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

  // "days[2].name" names the field "name" of the third row of an items form
  function inputFor(form, field) {
    var item = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(field);
    if (item && form.dataset.items === item[1]) {
      var row = form.querySelectorAll('[data-item]')[Number(item[2])];
      return row ? row.querySelector('[data-field="' + item[3] + '"]') : null;
    }
    var input = form.elements[field];
    return input && input.insertAdjacentElement ? input : null;
  }

  function markFields(form, fields) {
    (fields || []).forEach(function (f) {
      var input = inputFor(form, f.field);
      if (input) {
        var note = document.createElement('span');
        note.className = 'field-error';
        note.textContent = f.message;
        input.insertAdjacentElement('afterend', note);
      }
    });
  }

  // "tenant.name" of {tenant: {name: "东胜区"}} is "东胜区"
  function valueAt(answer, path) {
    return path.split('.').reduce(function (value, key) {
      return value === null || value === undefined ? undefined : value[key];
    }, answer);
  }

  function present(value) {
    return value !== undefined && value !== null && value !== false && value !== '';
  }

  // fields first, then lists: a list's rows are filled from their own element of the array
  // (a <template>'s content is not searched, so the outer pass never reaches into a row's fields)
  function fill(element, answer) {
    Array.prototype.forEach.call(element.querySelectorAll('[data-answer-field]'), function (field) {
      var value = valueAt(answer, field.dataset.answerField);
      field.textContent = present(value) ? String(value) : '';
    });
    Array.prototype.forEach.call(element.querySelectorAll('[data-answer-if]'), function (part) {
      part.hidden = !present(valueAt(answer, part.dataset.answerIf));
    });
    Array.prototype.forEach.call(element.querySelectorAll('[data-answer-unless]'), function (part) {
      part.hidden = present(valueAt(answer, part.dataset.answerUnless));
    });
    Array.prototype.forEach.call(element.querySelectorAll('[data-answer-list]'), function (list) {
      var template = list.querySelector(':scope > template');
      Array.prototype.forEach.call(list.querySelectorAll(':scope > :not(template)'), function (old) { old.remove(); });
      (valueAt(answer, list.dataset.answerList) || []).forEach(function (item) {
        var row = template.content.cloneNode(true);
        fill(row, item);
        list.appendChild(row);
      });
    });
  }

  function showAnswer(form, response) {
    var target = document.querySelector(form.dataset.answer);
    return response.json().then(function (answer) {
      fill(target, answer);
      target.hidden = false;
      show(form, '已完成 (done)', true);
    });
  }

  function succeeded(form, response) {
    if (form.dataset.answer) {
      return showAnswer(form, response);
    }
    show(form, '已保存', true);
    var target = form.dataset.redirect;
    if (!target) {
      window.location.reload();
      return;
    }
    return response.json().then(function (created) {
      window.location.assign(target.replace('{id}', encodeURIComponent(created.id)));
    });
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
    fetch(form.dataset.jsonAction, requestOf(form)).then(function (response) {
      if (response.ok) {
        return succeeded(form, response);
      }
      if (response.status === 401) {
        show(form, '登录已过期，请重新登录 (your sign-in has expired; please sign in again)', false);
        return;
      }
      return response.json().catch(function () { return {}; }).then(function (error) {
        markFields(form, error.fields);
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

  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-item]');
    if (add) {
      var form = add.closest('form');
      var template = form.querySelector('template[data-item-template]');
      form.querySelector('[data-items-body]').appendChild(template.content.cloneNode(true));
      return;
    }
    var remove = event.target.closest('[data-remove-item]');
    if (remove) {
      remove.closest('[data-item]').remove();
    }
  });

  function applyShowWhen(form) {
    Array.prototype.forEach.call(form.querySelectorAll('[data-show-when]'), function (wrapper) {
      var rule = wrapper.dataset.showWhen.split('=');
      var field = form.elements[rule[0]];
      var shown = !!field && field.value === rule[1];
      wrapper.hidden = !shown;
      Array.prototype.forEach.call(wrapper.querySelectorAll('input, select, textarea'), function (input) {
        input.disabled = !shown; // a disabled field is not sent
      });
    });
  }

  document.addEventListener('change', function (event) {
    var form = event.target.closest && event.target.closest('form[data-json-action]');
    if (form) {
      applyShowWhen(form);
    }
  });

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-json-action]'), applyShowWhen);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
