// The article editor: TinyMCE over the body's textarea. Without JavaScript the textarea takes HTML directly;
// whatever arrives is sanitized on the server (SafeHtml), so nothing here is trusted.
document.addEventListener('DOMContentLoaded', function () {
  var area = document.querySelector('textarea[data-rich-editor]');
  var form = document.querySelector('form[data-editor-form]');
  // Leaving with unsaved changes asks first; pressing one of the form's own buttons is not leaving.
  var dirty = !!(form && form.hasAttribute('data-unsaved'));
  var markDirty = function () { dirty = true; };
  if (form) {
    form.addEventListener('input', markDirty);
    form.addEventListener('change', markDirty);
    form.addEventListener('submit', function () { dirty = false; });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = form.getAttribute('data-leave-warning') || '';
        return event.returnValue;
      }
    });
  }
  setUpCoverPicker(markDirty);
  var attachments = document.querySelector('[data-attachments]');
  if (attachments) {
    document.querySelectorAll('[data-attachment]').forEach(function (box) {
      box.addEventListener('change', function () {
        attachments.value = Array.prototype.filter.call(document.querySelectorAll('[data-attachment]'), function (b) { return b.checked; })
          .map(function (b) { return b.value; }).join(',');
      });
    });
  }
  if (!area || !window.tinymce) { return; }
  if (area.getAttribute('data-lang') === 'vi') {
    tinymce.addI18n('vi', window.LANTOA_TINYMCE_VI || {});
  }
  tinymce.init({
    target: area,
    language: area.getAttribute('data-lang') === 'vi' ? 'vi' : 'en',
    license_key: 'gpl',
    promotion: false,
    branding: false,
    menubar: false,
    // The element path in the status bar uses an ARIA attribute its role does not allow (axe: aria-allowed-attr).
    elementpath: false,
    // Buttons wrap onto a second row on a phone instead of hiding behind a "more" button that overflows the screen.
    toolbar_mode: 'wrap',
    plugins: 'lists link image table media autoresize code',
    toolbar: 'undo redo | blocks | bold italic underline | bullist numlist blockquote | link image media table | removeformat code',
    block_formats: 'Đoạn văn=p; Tiêu đề 2=h2; Tiêu đề 3=h3; Tiêu đề 4=h4',
    image_description: true,
    image_dimensions: false,
    image_caption: true,
    automatic_uploads: true,
    paste_data_images: true,
    images_upload_url: area.getAttribute('data-upload-url'),
    // The server says in Vietnamese why an image is refused; TinyMCE's own uploader would show only "HTTP Error: 422".
    images_upload_handler: function (blobInfo) {
      var body = new FormData();
      body.append('file', blobInfo.blob(), blobInfo.filename());
      return fetch(area.getAttribute('data-upload-url'), { method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.json().then(function (json) { return { ok: r.ok, json: json }; }); })
        .then(function (answer) {
          if (!answer.ok) { return Promise.reject({ message: answer.json.error || '', remove: true }); }
          return answer.json.location;
        });
    },
    images_reuse_filename: true,
    relative_urls: false,
    convert_urls: false,
    media_alt_source: false,
    media_poster: false,
    content_style: 'body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 17px; line-height: 1.6; } img { max-width: 100%; height: auto; } table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px; }',
    min_height: 420,
    setup: function (editor) {
      editor.on('change input undo redo', function () { editor.save(); markDirty(); });
    }
  });
});

// The cover picker: a new image is uploaded to the unit's media library and chosen at once, without leaving the page
// (without JavaScript the upload button sends the whole form, and the server shows the editor again with the image chosen).
function setUpCoverPicker(markDirty) {
  var picker = document.querySelector('[data-cover-picker]');
  if (!picker) { return; }
  var input = picker.querySelector('input[type=file]');
  var button = picker.querySelector('[data-cover-upload]');
  var status = picker.querySelector('[data-cover-status]');
  var options = picker.querySelector('[data-cover-options]');
  var current = picker.querySelector('[data-cover-current]');
  var showCurrent = function (radio) {
    current.textContent = '';
    if (radio && radio.value) {
      var img = document.createElement('img');
      img.src = radio.getAttribute('data-thumb');
      img.alt = '';
      var name = document.createElement('span');
      name.textContent = ' ' + radio.getAttribute('data-name');
      current.appendChild(img);
      current.appendChild(name);
    } else {
      var none = document.createElement('span');
      none.className = 'muted';
      none.textContent = picker.querySelector('.cover-none span').textContent;
      current.appendChild(none);
    }
  };
  options.addEventListener('change', function (event) { showCurrent(event.target); });
  var upload = function () {
    if (!input.files || !input.files.length) { input.focus(); return; }
    var body = new FormData();
    body.append('file', input.files[0]);
    status.textContent = status.getAttribute('data-uploading');
    button.disabled = true;
    fetch(input.getAttribute('data-upload-url'), { method: 'POST', body: body, credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json().then(function (json) { return { ok: r.ok, json: json }; }); })
      .then(function (answer) {
        if (!answer.ok) { throw new Error(answer.json.error || ''); }
        var label = document.createElement('label');
        label.className = 'cover-option';
        var radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'coverFileId';
        radio.value = String(answer.json.id);
        radio.setAttribute('data-thumb', answer.json.thumb);
        radio.setAttribute('data-name', answer.json.name);
        var img = document.createElement('img');
        img.src = answer.json.thumb;
        img.alt = '';
        var name = document.createElement('span');
        name.textContent = answer.json.name;
        label.appendChild(radio);
        label.appendChild(img);
        label.appendChild(name);
        var none = options.querySelector('.cover-none');
        options.insertBefore(label, none.nextSibling);
        radio.checked = true;
        showCurrent(radio);
        input.value = '';
        status.textContent = status.getAttribute('data-uploaded').replace('{0}', answer.json.name);
        status.classList.remove('error');
        markDirty();
      })
      .catch(function (e) {
        status.textContent = e.message || '';
        status.classList.add('error');
      })
      .then(function () { button.disabled = false; });
  };
  button.addEventListener('click', function (event) { event.preventDefault(); upload(); });
  input.addEventListener('change', function () { if (input.files && input.files.length) { upload(); } });
}

// The Vietnamese words of the editor's buttons and dialogs that Lantoa uses.
window.LANTOA_TINYMCE_VI = {
  'Undo': 'Hoàn tác', 'Redo': 'Làm lại', 'Blocks': 'Định dạng', 'Bold': 'Đậm', 'Italic': 'Nghiêng', 'Underline': 'Gạch dưới',
  'Bullet list': 'Danh sách dấu chấm', 'Numbered list': 'Danh sách đánh số', 'Blockquote': 'Trích dẫn', 'Insert/edit link': 'Chèn/sửa liên kết',
  'Insert/edit image': 'Chèn/sửa ảnh', 'Insert/edit media': 'Chèn video', 'Table': 'Bảng', 'Clear formatting': 'Xóa định dạng',
  'Source code': 'Mã HTML', 'Paragraph': 'Đoạn văn', 'Heading 2': 'Tiêu đề 2', 'Heading 3': 'Tiêu đề 3', 'Heading 4': 'Tiêu đề 4',
  'Insert image': 'Chèn ảnh', 'Edit image': 'Sửa ảnh', 'General': 'Chung', 'Upload': 'Tải lên', 'Source': 'Nguồn',
  'Alternative description': 'Mô tả ảnh (bắt buộc, cho người khiếm thị)', 'Image is decorative': 'Ảnh chỉ để trang trí',
  'Show caption': 'Hiện chú thích', 'Browse for an image': 'Chọn ảnh', 'Drop an image here': 'Thả ảnh vào đây', 'Save': 'Lưu', 'Cancel': 'Hủy',
  'Close': 'Đóng', 'URL': 'Địa chỉ', 'Text to display': 'Chữ hiển thị', 'Title': 'Tiêu đề', 'Open link in...': 'Mở liên kết trong...',
  'Current window': 'Cửa sổ hiện tại', 'New window': 'Cửa sổ mới', 'Insert link': 'Chèn liên kết', 'Remove link': 'Bỏ liên kết',
  'Insert table': 'Chèn bảng', 'Table properties': 'Thuộc tính bảng', 'Delete table': 'Xóa bảng', 'Row': 'Hàng', 'Column': 'Cột', 'Cell': 'Ô',
  'Insert row before': 'Chèn hàng phía trên', 'Insert row after': 'Chèn hàng phía dưới', 'Delete row': 'Xóa hàng',
  'Insert column before': 'Chèn cột bên trái', 'Insert column after': 'Chèn cột bên phải', 'Delete column': 'Xóa cột',
  'Embed': 'Mã nhúng', 'Paste your embed code below:': 'Dán mã nhúng vào đây:', 'Width': 'Rộng', 'Height': 'Cao',
  'Rich Text Area': 'Vùng soạn thảo', 'Press {0} for help': 'Nhấn {0} để xem trợ giúp', 'Words: {0}': 'Số từ: {0}',
  'Image list': 'Danh sách ảnh', 'Caption': 'Chú thích', 'Align': 'Căn lề', 'Left': 'Trái', 'Center': 'Giữa', 'Right': 'Phải',
  'Justify': 'Đều hai bên', 'Formats': 'Định dạng', 'Headings': 'Tiêu đề', 'Format': 'Định dạng', 'Insert': 'Chèn', 'Edit': 'Sửa',
  'Block {0}': 'Kiểu đoạn: {0}', 'Reveal or hide additional toolbar items': 'Hiện hoặc ẩn các nút khác', 'Cell properties': 'Thuộc tính ô',
  'Row properties': 'Thuộc tính hàng', 'Merge cells': 'Gộp ô', 'Split cell': 'Tách ô', 'Cut row': 'Cắt hàng', 'Copy row': 'Sao chép hàng',
  'Paste row before': 'Dán hàng phía trên', 'Paste row after': 'Dán hàng phía dưới', 'Cut column': 'Cắt cột', 'Copy column': 'Sao chép cột',
  'Paste column before': 'Dán cột bên trái', 'Paste column after': 'Dán cột bên phải', 'Text color': 'Màu chữ', 'Background color': 'Màu nền',
  'Border width': 'Độ dày viền', 'Border style': 'Kiểu viền', 'Border color': 'Màu viền', 'Cell padding': 'Lề trong ô', 'Cell spacing': 'Khoảng cách ô',
  'Class': 'Lớp', 'Header cell': 'Ô tiêu đề', 'Scope': 'Phạm vi', 'Row type': 'Loại hàng', 'Header': 'Tiêu đề', 'Body': 'Thân', 'Footer': 'Chân',
  'Vertical align': 'Căn dọc', 'Horizontal align': 'Căn ngang', 'Top': 'Trên', 'Middle': 'Giữa', 'Bottom': 'Dưới', 'None': 'Không',
  'Advanced': 'Nâng cao', 'Dimensions': 'Kích thước', 'Constrain proportions': 'Giữ tỉ lệ', 'Image title': 'Tiêu đề ảnh',
  'Link list': 'Danh sách liên kết', 'Anchors': 'Neo', 'Url': 'Địa chỉ', 'Open in new window': 'Mở trong cửa sổ mới',
  'The URL you entered seems to be an email address. Do you want to add the required mailto: prefix?': 'Địa chỉ vừa nhập có vẻ là thư điện tử. Thêm tiền tố mailto: ?',
  'The URL you entered seems to be an external link. Do you want to add the required http:// prefix?': 'Địa chỉ vừa nhập có vẻ là liên kết ngoài. Thêm tiền tố http:// ?',
  'Ok': 'Đồng ý', 'Yes': 'Có', 'No': 'Không', 'Loading...': 'Đang tải...', 'Rows': 'Số hàng', 'Cols': 'Số cột', 'Columns': 'Số cột',
  'Remove': 'Xóa', 'Accessibility': 'Trợ năng', 'Help': 'Trợ giúp',
  'Rich Text Area. Press ALT-0 for help.': 'Vùng soạn thảo. Nhấn ALT-0 để xem trợ giúp.'
};
