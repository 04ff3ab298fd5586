// The article editor: TinyMCE over the body's textarea. Without JavaScript the textarea takes HTML directly;
// whatever arrives is sanitized on the server (SafeHtml), so nothing here is trusted.
document.addEventListener('DOMContentLoaded', function () {
  var area = document.querySelector('textarea[data-rich-editor]');
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
    plugins: 'lists link image table media autoresize code',
    toolbar: 'undo redo | blocks | bold italic underline | bullist numlist blockquote | link image media table | removeformat code',
    block_formats: 'Đoạn văn=p; Tiêu đề 2=h2; Tiêu đề 3=h3; Tiêu đề 4=h4',
    image_description: true,
    image_dimensions: false,
    image_caption: true,
    automatic_uploads: true,
    paste_data_images: true,
    images_upload_url: area.getAttribute('data-upload-url'),
    images_reuse_filename: true,
    relative_urls: false,
    convert_urls: false,
    media_alt_source: false,
    media_poster: false,
    content_style: 'body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 17px; line-height: 1.6; } img { max-width: 100%; height: auto; } table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px; }',
    min_height: 420,
    setup: function (editor) {
      editor.on('change input undo redo', function () { editor.save(); });
    }
  });
});

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
  'Justify': 'Đều hai bên', 'Formats': 'Định dạng', 'Headings': 'Tiêu đề', 'Format': 'Định dạng', 'Insert': 'Chèn', 'Edit': 'Sửa'
};
