(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var draft = $('draft'), source = $('source'), published = $('published'), format = $('format');
  var statusLine = $('status'), results = $('results'), article = $('article'), list = $('findings');
  var rules = {};          // code -> {fix: "safe" | "unsafe" | null, name, summary}
  var checkedText = null;  // the text the shown findings describe
  var fileName = 'text.txt';
  var busy = false;

  function say(message, isError) {
    statusLine.textContent = message;
    statusLine.classList.toggle('error', !!isError);
  }

  function headers() {
    var h = {'Content-Type': 'application/json'};
    var token = $('token').value;
    if (token) { h.Authorization = 'Bearer ' + token; }
    return h;
  }

  function body(extra) {
    var data = {text: draft.value, format: format.value, highlight: true};
    if (source.value.trim()) { data.source = source.value; }
    if (published.value) { data.published = published.value; }
    for (var key in extra) { data[key] = extra[key]; }
    return JSON.stringify(data);
  }

  function call(path, extra) {
    return fetch(path, {method: 'POST', headers: headers(), body: body(extra)})
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (response.status === 401) { $('token-box').hidden = false; $('token').focus(); }
          if (!response.ok) { throw new Error(data.error || ('HTTP ' + response.status)); }
          return data;
        });
      });
  }

  function setBusy(on, message) {
    busy = on;
    var buttons = document.querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = on; }
    if (on) { say(message); }
  }

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  function fixOf(finding) {
    var rule = rules[finding.rule];
    return finding.suggestion === null || !rule ? null : rule.fix;
  }

  function item(finding, index) {
    var li = document.createElement('li');
    li.id = 'f1-i' + index;
    li.className = 'item cat-' + finding.category + ' sev-' + finding.severity;
    var pos = document.createElement('a');
    pos.className = 'pos'; pos.href = '#f1-f' + index; pos.textContent = finding.line + ':' + finding.column;
    pos.title = 'Show in the article';
    var code = document.createElement('code');
    code.className = 'rule'; code.textContent = finding.rule;
    var sev = document.createElement('span');
    sev.className = 'chip sev-' + finding.severity; sev.textContent = finding.severity;
    li.append(pos, ' ', code, ' ', sev);
    var span = document.createElement('div');
    span.className = 'span';
    if (finding.text.trim()) {
      span.textContent = '\u201c' + finding.text + '\u201d';
    } else {  // only whitespace: shown with visible marks, as the HTML report does
      var blank = document.createElement('span');
      blank.className = 'blank'; blank.title = 'whitespace';
      blank.textContent = finding.text.replace(/\r/g, '').replace(/\n/g, '\u21b5')
        .replace(/\t/g, '\u2192').replace(/ /g, '\u00b7') || '(an empty span)';
      span.append(blank);
    }
    var msg = document.createElement('div');
    msg.id = 'f1-d' + index; msg.className = 'msg'; msg.textContent = finding.message;
    li.append(span, msg);
    if (finding.suggestion !== null) {
      var fix = document.createElement('div');
      fix.className = 'fix';
      fix.textContent = 'Suggestion: ' + (finding.suggestion === '' ? '(delete)' : finding.suggestion);
      li.append(fix);
    }
    var safety = fixOf(finding);
    if (safety) {
      var button = document.createElement('button');
      button.type = 'button'; button.className = 'apply';
      button.textContent = 'Apply';
      button.setAttribute('aria-label', 'Apply the suggestion of ' + finding.rule + ' at line ' +
        finding.line + ', column ' + finding.column);
      button.addEventListener('click', function () { applyOne(finding); });
      li.append(button);
      if (safety === 'unsafe') {
        var note = document.createElement('span');
        note.className = 'unsafe-note'; note.textContent = 'check before applying';
        li.append(note);
      }
    }
    return li;
  }

  function show(report, text) {
    var file = report.files[0];
    checkedText = text;
    results.hidden = false;
    results.classList.remove('stale');
    article.innerHTML = file.html;  // escaped by the server: the text with <mark> elements
    list.textContent = '';
    file.findings.forEach(function (finding, i) { list.append(item(finding, i + 1)); });
    $('no-findings').hidden = file.findings.length > 0;
    var safe = file.findings.filter(function (f) { return fixOf(f) === 'safe'; }).length;
    $('apply-safe').textContent = 'Apply all safe fixes (' + safe + ')';
    $('apply-safe').dataset.count = safe;
    var s = report.summary;
    return plural(s.findings, 'finding') + ': ' + s.error + ' error, ' + s.warning +
      ' warning, ' + s.info + ' info.';
  }

  function check() {
    if (busy) { return; }
    if (!draft.value.trim()) { say('Paste or open a text first.', true); draft.focus(); return; }
    var text = draft.value;
    setBusy(true, 'Checking\u2026');
    call('/api/v1/check', {}).then(function (report) {
      setBusy(false); say(show(report, text));
    }).catch(function (error) { setBusy(false); say(error.message, true); });
  }

  function fix(extra, what) {
    if (busy) { return; }
    setBusy(true, 'Applying\u2026');
    call('/api/v1/fix', extra).then(function (answer) {
      draft.value = answer.text;
      setBusy(false);
      say(what(answer.applied.length) + ' ' + show(answer.report, answer.text));
    }).catch(function (error) { setBusy(false); say(error.message, true); });
  }

  function applyOne(finding) {
    if (draft.value !== checkedText) { say('The text changed since the check: check it again.', true); return; }
    fix({apply: [{rule: finding.rule, start: finding.start, end: finding.end}]}, function (n) {
      return n ? 'Applied ' + finding.rule + '.' : 'Nothing applied.';
    });
  }

  $('input').addEventListener('submit', function (event) { event.preventDefault(); check(); });
  $('apply-safe').addEventListener('click', function () {
    if (draft.value !== checkedText) { say('The text changed since the check: check it again.', true); return; }
    fix({apply: 'safe'}, function (n) { return 'Applied ' + plural(n, 'safe fix') + '.'; });
  });
  draft.addEventListener('input', function () {
    if (checkedText !== null) { results.classList.toggle('stale', draft.value !== checkedText); }
  });
  draft.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); check(); }
  });

  $('file').addEventListener('change', function () {
    var file = this.files && this.files[0];
    if (!file) { return; }
    fileName = file.name;
    format.value = /\.(md|markdown|mdown|mkd)$/i.test(file.name) ? 'markdown' : 'text';
    file.text().then(function (text) { draft.value = text; say('Opened ' + file.name + '.'); });
  });

  $('copy').addEventListener('click', function () {
    var done = function () { say('Text copied.'); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(draft.value).then(done, function () { legacyCopy(); done(); });
    } else { legacyCopy(); done(); }
  });
  function legacyCopy() { draft.focus(); draft.select(); document.execCommand('copy'); }

  $('download').addEventListener('click', function () {
    var name = fileName.replace(/(\.[^.]*)?$/, function (ext) { return '.checked' + (ext || '.txt'); });
    var url = URL.createObjectURL(new Blob([draft.value], {type: 'text/plain;charset=utf-8'}));
    var link = document.createElement('a');
    link.href = url; link.download = name;
    document.body.append(link); link.click(); link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  });

  function toItem(mark) {
    var n = mark.getAttribute('data-f').replace(/^f1-f/, '');
    var target = $('f1-i' + n);
    if (!target) { return; }
    var current = list.querySelectorAll('.current');
    for (var i = 0; i < current.length; i++) { current[i].classList.remove('current'); }
    target.classList.add('current');
    target.scrollIntoView({block: 'nearest'});
    var button = target.querySelector('button.apply') || target.querySelector('a.pos');
    if (button) { button.focus(); }
  }
  article.addEventListener('click', function (event) {
    var mark = event.target.closest && event.target.closest('mark.hl');
    if (mark) { toItem(mark); }
  });
  article.addEventListener('keydown', function (event) {
    var mark = event.target;
    if (event.key === 'Enter' && mark.matches && mark.matches('mark.hl[id]')) {
      event.preventDefault(); toItem(mark);
    }
  });

  fetch('/api/v1/rules').then(function (r) { return r.json(); }).then(function (data) {
    (data.rules || []).forEach(function (rule) { rules[rule.code] = rule; });
  }).catch(function () { say('Could not load the rule list.', true); });
}());
