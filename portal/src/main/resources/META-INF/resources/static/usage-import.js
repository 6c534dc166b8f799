// The daily usage upload on /transfer: sends the file with the chosen mode, shows the upload's
// progress, then "正在导入…" while the server works, then the result or the errors by line.
// Like json-forms.js it sends the page's CSRF token (<meta name="csrf-token">) as X-CSRF-Token.
(function () {
  var form = document.getElementById('usage-form');
  if (!form) return;
  var status = document.getElementById('usage-status');
  var table = document.getElementById('usage-errors');
  var body = table.querySelector('tbody');
  var buttons = form.querySelectorAll('button');

  function show(text, kind) {
    status.hidden = false;
    status.className = kind || 'muted';
    status.textContent = text;
  }

  function busy(on) {
    buttons.forEach(function (b) { b.disabled = on; });
  }

  function listErrors(errors) {
    body.textContent = '';
    (errors || []).forEach(function (e) {
      var tr = document.createElement('tr');
      [e.line > 0 ? '第 ' + e.line + ' 行' : '文件', e.column || '', e.message].forEach(function (text) {
        var td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.hidden = !errors || errors.length === 0;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var mode = event.submitter && event.submitter.value === 'commit' ? 'commit' : 'preview';
    var data = new FormData();
    data.append('file', document.getElementById('usage-file').files[0]);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/kiosks/usage/import?mode=' + mode);
    xhr.setRequestHeader('Accept', 'application/json');
    var csrf = document.querySelector('meta[name="csrf-token"]');
    xhr.setRequestHeader('X-CSRF-Token', csrf ? csrf.content : '');
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable && e.loaded < e.total) {
        show('正在上传… ' + Math.round(e.loaded * 100 / e.total) + '%', 'muted');
      } else {
        show(mode === 'commit' ? '正在导入…' : '正在检查…', 'muted');
      }
    };
    xhr.upload.onload = function () { show(mode === 'commit' ? '正在导入…' : '正在检查…', 'muted'); };
    xhr.onload = function () {
      busy(false);
      var answer;
      try { answer = JSON.parse(xhr.responseText); } catch (ignored) { answer = null; }
      if (xhr.status === 200 && answer) {
        listErrors([]);
        show(answer.message + '（' + answer.rows + ' 行，' + answer.devices + ' 台设备，' + (answer.firstDay || '') + ' 至 '
            + (answer.lastDay || '') + '）', 'notice');
        status.id = 'usage-status';
        status.setAttribute('data-result', answer.committed ? 'committed' : 'checked');
      } else if (xhr.status === 401) {
        listErrors([]);
        show('登录已过期，请重新登录 (your sign-in has expired; please sign in again)', 'alert');
        status.setAttribute('data-result', 'failed');
      } else if (answer && answer.errors) {
        show(answer.message, 'alert');
        status.setAttribute('data-result', 'failed');
        listErrors(answer.errors);
      } else {
        listErrors([]);
        show((answer && answer.message) || ('导入失败 (HTTP ' + xhr.status + ')'), 'alert');
        status.setAttribute('data-result', 'failed');
      }
    };
    xhr.onerror = function () {
      busy(false);
      show('网络错误，请重试 (network error)', 'alert');
      status.setAttribute('data-result', 'failed');
    };
    busy(true);
    status.removeAttribute('data-result');
    show(mode === 'commit' ? '正在导入…' : '正在检查…', 'muted');
    xhr.send(data);
  });
})();
