// The one way the signed-in apps take an HTML form (served by infrastructure/signin at the same URL,
// /static/json-forms.js, in portal and tenant-admin): forms marked data-json-action send their fields
// as JSON to the app's API (the same routes scripts use, so the rules and messages are the same) and
// show the API's messages beside the fields. Every request carries the page's CSRF token
// (<meta name="csrf-token">) in the X-CSRF-Token header; a 401 means the sign-in has ended, and the
// form says so. On success the page reloads to show the new state, goes to data-redirect ("{id}" and
// any "{name}" are taken from the API's answer), or shows the answer in place (data-answer). Marks:
//   data-method="PUT"      the HTTP method (POST by default; DELETE sends no body)
//   data-upload            send the fields as multipart form data (a file upload) instead of JSON
//   data-type="number"     on any field: send its value as a number ("1,011.16" and full-width digits
//                          are read as people type them; text that is no number goes as typed, so the
//                          API says what is wrong)
//   data-list="lines"      on a textarea: send its lines as an array
//   data-many              on checkboxes sharing a name (or a select multiple): send the chosen values
//                          as an array (empty when none is chosen)
//   data-items="days"      rows marked data-item, with fields named by data-field, go as an array
//                          under "days"; buttons data-add-item / data-remove-item add and remove rows
//                          (a new row is a copy of the form's <template data-item-template>);
//                          with data-skip-empty, a row whose typed fields are all empty is left out
//   data-show-when="status=UNDER_CONSTRUCTION"  on a wrapper: shown, and its fields sent, only
//                          while the form's field "status" has that value
//   data-confirm="…"       ask before sending
//   data-submit-on-change  on a select: choosing a value sends the form (the header's region switcher)
//   on a submit button: data-json-action / data-method override the form's (two buttons, two routes)
//   data-answer="#result"  on the form: on success, stay on the page and show the element #result
//                          (unhidden) filled with named fields of the API's answer:
//     data-answer-field="tenant.name"  its text becomes that field of the answer (dots go deeper)
//     data-answer-if="adminPassword"   shown only when that field is present and not false/empty;
//     data-answer-unless="created"     shown only when it is absent or false
//     data-answer-list="steps"         one copy of its <template> per element of that array, each
//                                      filled the same way from the element
// A 409 "conflict" (someone else saved the record since the page was read: every edit form carries the
// version it read in a hidden field "version") keeps the typed input and links the latest version.
(function () {
  var FULL_WIDTH = /[０-９．－，]/g;

  function numberOf(raw) {
    var text = String(raw).replace(FULL_WIDTH, function (c) {
      return { '．': '.', '－': '-', '，': ',' }[c] || String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48);
    }).replace(/[,\s]/g, '');
    var n = Number(text);
    return text !== '' && isFinite(n) && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? n : raw;
  }

  function valueOf(element, raw) {
    if (element && (element.type === 'number' || element.dataset.type === 'number')) {
      return numberOf(raw);
    }
    if (element && element.dataset.list === 'lines') {
      return raw.split('\n').map(function (s) { return s.trim(); }).filter(Boolean);
    }
    return raw;
  }

  function typedIn(row) {
    return Array.prototype.some.call(row.querySelectorAll('[data-field]'), function (field) {
      return field.type !== 'hidden' && field.value !== '';
    });
  }

  function itemsOf(form) {
    var skipEmpty = form.hasAttribute('data-skip-empty');
    form.sentItems = [];
    return Array.prototype.filter.call(form.querySelectorAll('[data-item]'), function (row) {
      return !skipEmpty || typedIn(row);
    }).map(function (row) {
      form.sentItems.push(row);
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
    var data = new FormData(form);
    var many = {};
    Array.prototype.forEach.call(form.querySelectorAll('[data-many][name]'), function (field) {
      many[field.name] = field;
    });
    data.forEach(function (raw, name) {
      var element = form.elements[name];
      if (many[name]) {
        return; // sent below as one array
      }
      if (element && element.closest && element.closest('[data-item]')) {
        return; // sent with its row
      }
      if (element && element.type === 'checkbox') {
        body[name] = true;
      } else if (raw !== '') {
        body[name] = valueOf(element, raw);
      }
    });
    Array.prototype.forEach.call(form.querySelectorAll('input[type=checkbox][name]'), function (box) {
      if (!box.checked && !box.disabled && !many[box.name]) {
        body[box.name] = false;
      }
    });
    Object.keys(many).forEach(function (name) {
      body[name] = data.getAll(name).map(function (raw) { return valueOf(many[name], raw); });
    });
    if (form.dataset.items) {
      body[form.dataset.items] = itemsOf(form);
    }
    return body;
  }

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : null;
  }

  function requestOf(form, method) {
    var request = {
      method: method,
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    };
    var token = csrfToken();
    if (token) {
      request.headers['X-CSRF-Token'] = token;
    }
    if (method === 'DELETE') {
      return request;
    }
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

  // "days[2].name" names the field "name" of the third row sent
  function inputFor(form, field) {
    var item = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(field);
    if (item && form.dataset.items === item[1]) {
      var row = (form.sentItems || [])[Number(item[2])];
      return row ? row.querySelector('[data-field="' + item[3] + '"]') : null;
    }
    var input = form.elements[field];
    return input && input.insertAdjacentElement ? input : null;
  }

  // messages of fields the form does not show go into the summary, so none is lost
  function markFields(form, fields) {
    var unplaced = [];
    (fields || []).forEach(function (f) {
      var input = inputFor(form, f.field);
      if (input && input.type !== 'hidden') {
        var note = document.createElement('span');
        note.className = 'field-error';
        note.id = 'error-' + (input.name || input.id.replace(/^f-/, ''));
        note.textContent = f.message;
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', note.id);
        input.insertAdjacentElement('afterend', note);
      } else {
        unplaced.push(f.message);
      }
    });
    return unplaced;
  }

  function fill(target, answer) {
    return target.replace(/\{(\w+)\}/g, function (all, name) {
      return answer && answer[name] != null ? encodeURIComponent(answer[name]) : '';
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
  function fillAnswer(element, answer) {
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
        fillAnswer(row, item);
        list.appendChild(row);
      });
    });
  }

  function showAnswer(form, response) {
    var target = document.querySelector(form.dataset.answer);
    return response.json().then(function (answer) {
      fillAnswer(target, answer);
      target.hidden = false;
      show(form, '已完成 (done)', true);
    });
  }

  function succeeded(form, response) {
    if (form.dataset.answer) {
      return showAnswer(form, response);
    }
    show(form, '已保存 (saved)', true);
    var target = form.dataset.redirect;
    if (!target) {
      window.location.reload();
      return;
    }
    if (target.indexOf('{') < 0) {
      window.location.assign(target);
      return;
    }
    return response.json().then(function (answer) {
      window.location.assign(fill(target, answer));
    });
  }

  function failed(form, response) {
    return response.json().catch(function () { return {}; }).then(function (error) {
      var unplaced = markFields(form, error.fields);
      var message = response.status === 401
        ? '登录已过期，请重新登录 (your sign-in has expired; please sign in again)'
        : error.message || ('提交失败（' + response.status + '） (request failed)');
      var fields = error.fields || [];
      if (fields.length === 1 && unplaced.length === 0 && message === fields[0].message) {
        message = '输入有误，请检查标出的字段 (please correct the marked field)'; // the message stands beside it
      }
      show(form, [message].concat(unplaced).join('；'), false);
      if (response.status === 409 && error.error === 'conflict') {
        offerLatest(form);
      }
    });
  }

  // a stale save (someone else saved first): the form keeps what was typed, and the latest version
  // opens beside it, so the two can be merged and saved again with the new version
  function offerLatest(form) {
    var link = document.createElement('a');
    link.className = 'latest-version';
    link.href = window.location.href;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = '在新窗口查看最新内容 (open the latest version in a new window)';
    var out = form.querySelector('.form-result');
    out.appendChild(document.createTextNode(' '));
    out.appendChild(link);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target.closest('form[data-json-action]');
    if (!form) {
      return;
    }
    event.preventDefault();
    var submitter = event.submitter && event.submitter.form === form ? event.submitter : null;
    var question = (submitter && submitter.dataset.confirm) || form.dataset.confirm;
    if (question && !window.confirm(question)) {
      return;
    }
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (e) { e.remove(); });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (e) {
      e.removeAttribute('aria-invalid');
      e.removeAttribute('aria-describedby');
    });
    var action = (submitter && submitter.dataset.jsonAction) || form.dataset.jsonAction;
    var method = ((submitter && submitter.dataset.method) || form.dataset.method || 'POST').toUpperCase();
    var buttons = form.querySelectorAll('button');
    Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
    show(form, '正在提交… (sending)', true);
    fetch(action, requestOf(form, method)).then(function (response) {
      return response.ok ? succeeded(form, response) : failed(form, response);
    }).catch(function () {
      show(form, '网络错误，请重试 (network error, please retry)', false);
    }).finally(function () {
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
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
      if (event.target.hasAttribute('data-submit-on-change') && event.target.value !== '') {
        form.requestSubmit();
      }
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
