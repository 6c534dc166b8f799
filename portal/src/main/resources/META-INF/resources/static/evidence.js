// 佐证资料 on a page (templates/tags/evidence.html): lists a record's files from /api/evidence, and when the
// section is editable uploads a chosen file as the raw request body (its name percent-encoded in
// X-File-Name), with a progress bar fed by the upload's progress events, adds a new version and deletes.
// Every change carries the page's CSRF token in X-CSRF-Token, as json-forms.js sends it.
(function () {
  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : null;
  }

  function sizeText(bytes) {
    if (bytes >= 1048576) return (bytes / 1048576).toFixed(1) + ' MB';
    if (bytes >= 1024) return (bytes / 1024).toFixed(0) + ' KB';
    return bytes + ' B';
  }

  var SCAN = { CLEAN: '已通过', PENDING: '待扫描', FAILED: '扫描失败', INFECTED: '有病毒' };

  function messageOf(xhr) {
    if (xhr.status === 401) return '登录已过期，请刷新页面重新登录 (your sign-in has ended; reload the page)';
    try {
      var body = JSON.parse(xhr.responseText);
      if (body && body.message) return body.message;
    } catch (e) { /* not JSON */ }
    return xhr.status === 0
      ? '网络中断，文件未保存 (the connection failed; nothing was saved)'
      : '操作失败 (' + xhr.status + ')';
  }

  function Evidence(section) {
    this.section = section;
    this.kind = section.dataset.evidenceKind;
    this.owner = section.dataset.evidenceOwner;
    this.editable = section.dataset.evidenceEditable === 'true';
    this.rows = section.querySelector('[data-evidence-rows]');
    this.table = section.querySelector('[data-evidence-table]');
    this.empty = section.querySelector('[data-evidence-empty]');
    this.loading = section.querySelector('[data-evidence-loading]');
    this.message = section.querySelector('[data-evidence-message]');
    this.progress = section.querySelector('[data-evidence-progress]');
    this.percent = section.querySelector('[data-evidence-percent]');
    var input = section.querySelector('[data-evidence-file]');
    var self = this;
    if (input) {
      input.addEventListener('change', function () {
        if (input.files.length) self.send(input.files[0], '/api/evidence?ownerKind=' + encodeURIComponent(self.kind)
          + '&ownerId=' + encodeURIComponent(self.owner), input);
      });
    }
    this.load();
  }

  Evidence.prototype.say = function (text) {
    this.message.textContent = text || '';
    this.message.hidden = !text;
  };

  Evidence.prototype.load = function () {
    var self = this;
    var xhr = new XMLHttpRequest();
    xhr.open('GET', '/api/evidence?ownerKind=' + encodeURIComponent(this.kind) + '&ownerId=' + encodeURIComponent(this.owner));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      self.loading.hidden = true;
      if (xhr.status !== 200) { self.say(messageOf(xhr)); return; }
      self.render(JSON.parse(xhr.responseText));
    };
    xhr.onerror = function () { self.loading.hidden = true; self.say(messageOf(xhr)); };
    xhr.send();
  };

  Evidence.prototype.render = function (files) {
    var self = this;
    this.rows.textContent = '';
    this.empty.hidden = files.length > 0;
    this.table.hidden = files.length === 0;
    files.forEach(function (file) {
      self.rows.appendChild(self.row(file, true));
      file.versions.forEach(function (old) { self.rows.appendChild(self.row(old, false)); });
    });
  };

  Evidence.prototype.row = function (file, current) {
    var self = this;
    var tr = document.createElement('tr');
    tr.dataset.evidenceId = file.id;
    if (!current) tr.className = 'muted';
    var name = document.createElement('td');
    var link = document.createElement('a');
    link.href = file.downloadUrl;
    link.textContent = file.fileName;
    name.appendChild(link);
    if (!current) name.appendChild(document.createTextNode(' （旧版本）'));
    var cells = [name, text(sizeText(file.sizeBytes)), text('v' + file.versionNo),
      text(SCAN[file.scanStatus] || file.scanStatus), text(file.uploadedBy + ' · ' + String(file.uploadedAt).slice(0, 10))];
    cells.forEach(function (c) { tr.appendChild(c); });
    var actions = document.createElement('td');
    if (this.editable && current) {
      var version = document.createElement('label');
      version.className = 'button';
      version.textContent = '新版本 ';
      var input = document.createElement('input');
      input.type = 'file';
      input.hidden = true;
      input.addEventListener('change', function () {
        if (input.files.length) self.send(input.files[0], '/api/evidence/' + file.id + '/versions', input);
      });
      version.appendChild(input);
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '删除';
      remove.addEventListener('click', function () {
        if (window.confirm('删除“' + file.fileName + '”及其全部版本？ (delete this file and all its versions?)')) self.remove(file.id);
      });
      actions.appendChild(version);
      actions.appendChild(document.createTextNode(' '));
      actions.appendChild(remove);
    }
    tr.appendChild(actions);
    return tr;

    function text(value) {
      var td = document.createElement('td');
      td.textContent = value;
      return td;
    }
  };

  Evidence.prototype.send = function (file, url, input) {
    var self = this;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Accept', 'application/json');
    var token = csrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    this.say('');
    if (this.progress) { this.progress.hidden = false; this.progress.value = 0; }
    xhr.upload.onprogress = function (e) {
      if (!e.lengthComputable || !self.progress) return;
      var pct = Math.floor(e.loaded * 100 / e.total);
      self.progress.value = pct;
      self.percent.textContent = pct + '%';
    };
    xhr.onload = function () {
      if (self.progress) self.progress.hidden = true;
      self.percent.textContent = '';
      input.value = '';
      if (xhr.status === 201) { self.load(); return; }
      self.say(messageOf(xhr));
    };
    xhr.onerror = function () {
      if (self.progress) self.progress.hidden = true;
      self.percent.textContent = '';
      input.value = '';
      self.say(messageOf(xhr));
    };
    xhr.send(file);
  };

  Evidence.prototype.remove = function (id) {
    var self = this;
    var xhr = new XMLHttpRequest();
    xhr.open('DELETE', '/api/evidence/' + id);
    var token = csrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.onload = function () {
      if (xhr.status === 204) { self.load(); return; }
      self.say(messageOf(xhr));
    };
    xhr.onerror = function () { self.say(messageOf(xhr)); };
    xhr.send();
  };

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('section[data-evidence-kind]'), function (section) {
      if (section.dataset.evidenceReady) return; // the partial may be on a page more than once
      section.dataset.evidenceReady = 'true';
      // inside a closed <details> (one per indicator of a long evaluation) the list is read when opened
      var holder = section.closest('details');
      if (holder && !holder.open) {
        holder.addEventListener('toggle', function opened() {
          if (!holder.open) return;
          holder.removeEventListener('toggle', opened);
          new Evidence(section);
        });
        return;
      }
      new Evidence(section);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
