// File imports on /transfer. A form marked data-import-action uploads its file to that API route
// (fields marked data-query go into the query string), shows the upload's progress and then
// "正在检查…" while the server works, and shows the API's answer on the page:
//   data-import="sheet"   a spreadsheet (部门预算, 支出明细, 合同, …): the check's message, the problems
//                         by row and column, the rows as read; a clean preview is saved only when the
//                         user presses 确认导入 (the same route with mode=commit and the preview's token)
//   data-import="usage"   the daily usage counts: the result, or the problems by line
// Upload buttons with a value send it as the route's mode (检查 = preview, 导入 = commit).
(function () {
  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : null;
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text != null) {
      node.textContent = text;
    }
    return node;
  }

  function urlOf(form, mode) {
    var url = form.dataset.importAction + (form.dataset.importAction.indexOf('?') < 0 ? '?' : '&')
      + 'mode=' + encodeURIComponent(mode);
    Array.prototype.forEach.call(form.querySelectorAll('[data-query]'), function (field) {
      if (field.value !== '') {
        url += '&' + encodeURIComponent(field.name) + '=' + encodeURIComponent(field.value);
      }
    });
    return url;
  }

  // Sends a multipart body; progress(text) while it goes, done(status, answer) at the end.
  function send(url, body, progress, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    var token = csrfToken();
    if (token) {
      xhr.setRequestHeader('X-CSRF-Token', token);
    }
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable && e.loaded < e.total) {
        progress('正在上传… ' + Math.round(e.loaded * 100 / e.total) + '% (uploading)');
      } else {
        progress('正在检查… (checking)');
      }
    };
    xhr.onload = function () {
      var answer = null;
      try { answer = JSON.parse(xhr.responseText); } catch (ignored) { /* not JSON */ }
      done(xhr.status, answer);
    };
    xhr.onerror = function () { done(0, null); };
    xhr.send(body);
  }

  function failureText(status, answer) {
    if (status === 401) {
      return '登录已过期，请重新登录 (your session has ended; sign in again)';
    }
    if (status === 0) {
      return '网络错误，请重试 (network error, please retry)';
    }
    return (answer && answer.message) || ('导入失败（' + status + '） (import failed)');
  }

  // ---- spreadsheets ----
  function sheetReport(box, form, report) {
    box.textContent = '';
    box.appendChild(element('h2', { id: 'import-title' },
      report.title + '导入' + (report.committed ? '结果' : '预览')));
    box.appendChild(element('p', { 'class': 'muted' },
      '文件 ' + report.fileName + '（' + report.format + '），共 ' + report.rowCount + ' 行数据'));
    var state = report.committed ? ['success', 'import-success'] : report.errorCount === 0 ? ['info', 'import-ok'] : ['alert', 'import-failed'];
    box.appendChild(element('p', { 'class': state[0], id: state[1], role: 'status' }, report.message));
    if (report.notes && report.notes.length) {
      var notes = element('ul', { 'class': 'notes' });
      report.notes.forEach(function (n) { notes.appendChild(element('li', {}, n)); });
      box.appendChild(notes);
    }
    if (report.errors && report.errors.length) {
      box.appendChild(element('h3', {}, '错误 Problems'));
      var list = element('ul', { 'class': 'errors', id: 'import-errors' });
      report.errors.forEach(function (e) { list.appendChild(element('li', { 'data-row': e.row }, e.text)); });
      box.appendChild(list);
      if (report.errorCount > report.errors.length) {
        box.appendChild(element('p', { 'class': 'muted' }, '另有 ' + (report.errorCount - report.errors.length) + ' 处错误未列出'));
      }
    }
    var actions = element('div', { 'class': 'actions' });
    if (!report.committed && report.errorCount === 0 && report.token) {
      var confirm = element('button', { type: 'button', 'class': 'primary', id: 'confirm-import' },
        '确认导入（新增 ' + report.created + '，更新 ' + report.updated + '）');
      confirm.addEventListener('click', function () {
        var body = new FormData();
        body.append('token', report.token);
        confirm.disabled = true;
        run(box, form, form.dataset.importAction + '?mode=commit', body);
      });
      actions.appendChild(confirm);
    }
    var again = element('button', { type: 'button', id: 'upload-again' }, report.committed ? '完成 Done' : '重新上传 Upload again');
    again.addEventListener('click', function () {
      box.textContent = '';
      box.hidden = true;
      form.reset();
      form.querySelector('input[type=file]').focus();
    });
    actions.appendChild(again);
    box.appendChild(actions);
    if (report.preview && report.preview.length) {
      box.appendChild(previewTable(report));
    }
  }

  function previewTable(report) {
    var scroll = element('div', { 'class': 'table-scroll' });
    var table = element('table', { 'class': 'grid preview', id: 'import-preview' });
    var head = element('tr');
    ['行号', '操作'].concat(report.headers).concat(['问题']).forEach(function (h) {
      head.appendChild(element('th', { scope: 'col' }, h));
    });
    table.appendChild(element('thead')).appendChild(head);
    var body = element('tbody');
    report.preview.forEach(function (r) {
      var hasError = r.rowErrors.length > 0 || r.cells.some(function (c) { return c.error; });
      var tr = element('tr', hasError ? { 'data-row': r.row, 'class': 'has-error' } : { 'data-row': r.row });
      tr.appendChild(element('td', {}, String(r.row)));
      tr.appendChild(element('td', { 'class': 'action-' + r.action }, r.actionLabel));
      r.cells.forEach(function (c) {
        var td = element('td', c.error ? { 'class': 'cell-error', title: c.error } : {}, c.text);
        if (c.error) {
          td.appendChild(element('small', { 'class': 'why' }, c.error));
        }
        tr.appendChild(td);
      });
      var problems = element('td');
      r.rowErrors.forEach(function (m) { problems.appendChild(element('span', { 'class': 'why' }, m)); });
      tr.appendChild(problems);
      body.appendChild(tr);
    });
    table.appendChild(body);
    scroll.appendChild(table);
    return scroll;
  }

  function run(box, form, url, body) {
    box.hidden = false;
    var status = element('p', { 'class': 'muted', role: 'status', id: 'import-progress' }, '正在上传… (uploading)');
    box.textContent = '';
    box.appendChild(status);
    box.scrollIntoView({ block: 'nearest' });
    send(url, body, function (text) { status.textContent = text; }, function (code, answer) {
      if (answer && answer.sheet) {
        sheetReport(box, form, answer);
      } else {
        box.textContent = '';
        box.appendChild(element('p', { 'class': 'alert', id: 'transfer-error', role: 'alert' }, failureText(code, answer)));
      }
    });
  }

  // ---- daily usage ----
  function usage(form, mode) {
    var status = document.getElementById('usage-status');
    var table = document.getElementById('usage-errors');
    var rows = table.querySelector('tbody');
    var buttons = form.querySelectorAll('button');
    function show(text, kind, result) {
      status.hidden = false;
      status.className = kind;
      status.textContent = text;
      if (result) {
        status.setAttribute('data-result', result);
      } else {
        status.removeAttribute('data-result');
      }
    }
    function listErrors(errors) {
      rows.textContent = '';
      (errors || []).forEach(function (e) {
        var tr = element('tr');
        [e.line > 0 ? '第 ' + e.line + ' 行' : '文件', e.column || '', e.message].forEach(function (text) {
          tr.appendChild(element('td', {}, text));
        });
        rows.appendChild(tr);
      });
      table.hidden = !errors || errors.length === 0;
    }
    var body = new FormData();
    body.append('file', form.querySelector('input[type=file]').files[0]);
    Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
    show(mode === 'commit' ? '正在导入… (importing)' : '正在检查… (checking)', 'muted');
    send(urlOf(form, mode), body, function (text) { show(text, 'muted'); }, function (code, answer) {
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
      if (code === 200 && answer) {
        listErrors([]);
        show(answer.message + '（' + answer.rows + ' 行，' + answer.devices + ' 台设备，' + (answer.firstDay || '') + ' 至 '
          + (answer.lastDay || '') + '）', 'notice', answer.committed ? 'committed' : 'checked');
      } else {
        listErrors(answer && answer.errors);
        show(failureText(code, answer), 'alert', 'failed');
      }
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target.closest('form[data-import-action]');
    if (!form) {
      return;
    }
    event.preventDefault();
    var mode = event.submitter && event.submitter.value ? event.submitter.value : 'preview';
    if (form.dataset.import === 'usage') {
      usage(form, mode);
      return;
    }
    var body = new FormData();
    body.append('file', form.querySelector('input[type=file]').files[0]);
    run(document.getElementById('import-report'), form, urlOf(form, mode), body);
  });
})();
