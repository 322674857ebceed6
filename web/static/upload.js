// Drag-and-drop upload, one request per file so that each file shows its own progress and outcome.
// Without JavaScript the form posts as usual; names and reasons are set as text, never as HTML.
(function () {
  var form = document.querySelector('form.upload');
  if (!form || !window.FormData) return;
  var input = form.querySelector('input[type=file]');
  var zone = document.querySelector('.drop-zone');
  var list = document.querySelector('ul.uploads');
  var token = form.querySelector('input[name=csrf]').value;
  var labels = {accepted: 'Đã nhận', duplicate: 'Đã có trong kho',
    repaired: 'Đã có trong kho; bản gốc bị hỏng đã được thay bằng bản này', rejected: 'Bị từ chối'};
  form.querySelector('button[type=submit]').hidden = true;

  function upload(file) {
    var item = document.createElement('li');
    item.className = 'upload';
    var name = document.createElement('span');
    name.className = 'name';
    name.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    var outcome = document.createElement('span');
    outcome.className = 'outcome';
    outcome.textContent = 'Đang tải…';
    item.append(name, bar, outcome);
    list.append(item);

    var body = new FormData();
    body.append('files', file, file.name);
    var request = new XMLHttpRequest();
    request.open('POST', '/api/documents');
    request.setRequestHeader('X-CSRF-Token', token);
    request.upload.onprogress = function (e) {
      if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total);
    };
    request.onload = function () {
      bar.value = 100;
      var answer;
      try { answer = JSON.parse(request.responseText); } catch (e) { answer = null; }
      if (request.status >= 400 || !Array.isArray(answer)) {
        item.classList.add('status-rejected');
        outcome.textContent = (answer && answer.error) || ('Lỗi ' + request.status);
        return;
      }
      var result = answer[0];
      item.classList.add('status-' + result.status);
      outcome.textContent = labels[result.status] + (result.message ? ': ' + result.message : '');
      if (result.id) {
        var link = document.createElement('a');
        link.href = '/documents/' + result.id;
        link.textContent = '#' + result.id;
        item.append(link);
      }
    };
    request.onerror = function () {
      item.classList.add('status-rejected');
      outcome.textContent = 'Mất kết nối khi tải lên';
    };
    request.send(body);
  }

  function uploadAll(files) {
    Array.prototype.forEach.call(files, upload);
  }

  input.addEventListener('change', function () { uploadAll(input.files); input.value = ''; });
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.remove('over'); });
  });
  zone.addEventListener('drop', function (e) { uploadAll(e.dataTransfer.files); });
})();
