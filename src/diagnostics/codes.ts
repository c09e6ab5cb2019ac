import type { Severity } from './severity.js';

interface Localised {
  vi: string;
  en: string;
}

export interface CodeInfo {
  /** Short kebab-case name, stable like the code. */
  name: string;
  severity: Severity;
  title: Localised;
  /** How to fix it. */
  help: Localised;
}

/**
 * Every diagnostic code. Codes are stable: never renumber, only add.
 * CR1xx reading the file, CR2xx YAML, CR3xx report schema, CR4xx report rules,
 * CR5xx across files, CR6xx the plan, CR7xx templates.
 */
export const CODES = {
  CR101: {
    name: 'file-unreadable',
    severity: 'error',
    title: { vi: 'Không đọc được tệp', en: 'File cannot be read' },
    help: { vi: 'Kiểm tra tệp có tồn tại và có quyền đọc.', en: 'Check that the file exists and is readable.' },
  },
  CR102: {
    name: 'file-too-large',
    severity: 'error',
    title: { vi: 'Tệp quá lớn', en: 'File too large' },
    help: {
      vi: 'Một báo cáo không thể lớn đến vậy; kiểm tra đúng tệp chưa, hoặc tách thành nhiều báo cáo.',
      en: 'A report cannot be this large; check that it is the right file, or split it.',
    },
  },
  CR103: {
    name: 'not-utf8',
    severity: 'error',
    title: { vi: 'Tệp không phải UTF-8', en: 'File is not UTF-8' },
    help: {
      vi: 'Lưu lại tệp với mã hóa UTF-8 (trong trình soạn thảo: Save with Encoding → UTF-8).',
      en: 'Save the file again as UTF-8 (in the editor: Save with Encoding → UTF-8).',
    },
  },
  CR104: {
    name: 'utf16',
    severity: 'error',
    title: { vi: 'Tệp mã hóa UTF-16', en: 'File is UTF-16' },
    help: {
      vi: 'Tệp được lưu dạng UTF-16 (Unicode của Notepad cũ); lưu lại với mã hóa UTF-8.',
      en: 'The file was saved as UTF-16 ("Unicode" in old Notepad); save it again as UTF-8.',
    },
  },
  CR105: {
    name: 'byte-order-mark',
    severity: 'warning',
    title: { vi: 'Tệp có BOM ở đầu', en: 'File starts with a byte-order mark' },
    help: {
      vi: 'Lưu lại tệp dạng "UTF-8" (không BOM) thay vì "UTF-8 with BOM".',
      en: 'Save the file as "UTF-8" rather than "UTF-8 with BOM".',
    },
  },
  CR106: {
    name: 'empty-file',
    severity: 'error',
    title: { vi: 'Tệp rỗng', en: 'Empty file' },
    help: {
      vi: 'Tệp không có nội dung; tạo báo cáo mẫu bằng "compile-report init".',
      en: 'The file has no content; start from "compile-report init".',
    },
  },
  CR107: {
    name: 'binary-file',
    severity: 'error',
    title: { vi: 'Tệp không phải văn bản', en: 'File is not text' },
    help: {
      vi: 'Tệp chứa dữ liệu nhị phân (có thể là tệp Word, PDF hay ảnh); báo cáo phải là tệp YAML văn bản.',
      en: 'The file holds binary data (perhaps Word, PDF or an image); a report is a YAML text file.',
    },
  },
  CR201: {
    name: 'yaml-syntax',
    severity: 'error',
    title: { vi: 'Lỗi cú pháp YAML', en: 'YAML syntax error' },
    help: {
      vi: 'Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu ":" sau mỗi khóa và dấu nháy đóng mở.',
      en: 'Check indentation (spaces, not tabs), the ":" after each key and matching quotes.',
    },
  },
  CR202: {
    name: 'duplicate-key',
    severity: 'error',
    title: { vi: 'Khóa bị lặp', en: 'Duplicate key' },
    help: {
      vi: 'Mỗi khóa chỉ được xuất hiện một lần trong cùng một mục; gộp hai mục lại hoặc xóa bớt.',
      en: 'A key may appear once per mapping; merge the two entries or remove one.',
    },
  },
  CR203: {
    name: 'multiple-documents',
    severity: 'error',
    title: { vi: 'Nhiều tài liệu trong một tệp', en: 'Several documents in one file' },
    help: {
      vi: 'Mỗi tệp chỉ chứa một báo cáo; bỏ dòng "---" hoặc tách thành nhiều tệp.',
      en: 'One report per file; remove the "---" line or split the file.',
    },
  },
  CR204: {
    name: 'alias-limit',
    severity: 'error',
    title: { vi: 'Dùng quá nhiều tham chiếu YAML', en: 'Too many YAML aliases' },
    help: {
      vi: 'Viết trực tiếp nội dung thay vì dùng neo (&) và tham chiếu (*).',
      en: 'Write the content out instead of using anchors (&) and aliases (*).',
    },
  },
  CR205: {
    name: 'yaml-tag',
    severity: 'error',
    title: { vi: 'Thẻ YAML không được phép', en: 'YAML tag not allowed' },
    help: {
      vi: 'Xóa thẻ bắt đầu bằng "!" (ví dụ !!js/function); báo cáo chỉ chứa văn bản và số.',
      en: 'Remove the tag starting with "!" (such as !!js/function); a report holds only text and numbers.',
    },
  },
  CR206: {
    name: 'not-a-mapping',
    severity: 'error',
    title: { vi: 'Tệp không phải báo cáo YAML', en: 'File is not a YAML report' },
    help: {
      vi: 'Báo cáo phải gồm các dòng "khóa: giá trị" (plan:, agency:, tasks: …); tạo mẫu bằng "compile-report init".',
      en: 'A report is made of "key: value" lines (plan:, agency:, tasks: …); start from "compile-report init".',
    },
  },
  CR207: {
    name: 'too-deep',
    severity: 'error',
    title: { vi: 'Lồng nhau quá sâu', en: 'Nesting too deep' },
    help: {
      vi: 'Báo cáo không cần lồng quá vài cấp; kiểm tra lại thụt lề và dấu ngoặc.',
      en: 'A report needs only a few levels; check the indentation and brackets.',
    },
  },
  CR208: {
    name: 'yaml-version-directive',
    severity: 'error',
    title: { vi: 'Dòng %YAML đổi cách đọc giá trị', en: 'A %YAML line changes how values are read' },
    help: {
      vi: 'Xóa dòng "%YAML …" (và dòng "---" đi kèm); báo cáo được đọc theo YAML 1.2, nơi 0120 là 120 và "yes" là chữ.',
      en: 'Delete the "%YAML …" line (and the "---" after it); reports are read as YAML 1.2, where 0120 is 120 and "yes" is a word.',
    },
  },
  CR209: {
    name: 'text-cut-by-hash',
    severity: 'error',
    title: { vi: 'Văn bản bị cắt ở dấu #', en: 'Text cut off at a #' },
    help: {
      vi: 'YAML coi " #" là đầu chú thích và bỏ phần sau nó (hashtag, số thứ tự); đặt cả giá trị trong dấu nháy kép: title: "Chuỗi video #QuyenConNguoi".',
      en: 'YAML takes " #" as the start of a comment and drops what follows (a hashtag, a number sign); put the whole value in double quotes: title: "Video series #HumanRights".',
    },
  },
  CR210: {
    name: 'comment-after-text',
    severity: 'warning',
    title: { vi: 'Chú thích sau văn bản', en: 'A comment after text' },
    help: {
      vi: 'Phần sau " # " không vào báo cáo. Nếu đó là chú thích thì chuyển lên dòng riêng phía trên; nếu là nội dung thì đặt cả giá trị trong dấu nháy kép.',
      en: 'What follows " # " does not reach the report. If it is a comment, move it to its own line above; if it is content, put the whole value in double quotes.',
    },
  },
  CR211: {
    name: 'text-read-as-value',
    severity: 'error',
    title: { vi: 'Văn bản bị YAML đọc thành giá trị khác', en: 'Text that YAML reads as another kind of value' },
    help: {
      vi: 'YAML đọc true/false, null/~ và các con số thành giá trị đúng/sai, rỗng hoặc số; nơi cần văn bản, đặt giá trị trong dấu nháy kép: "1.10".',
      en: 'YAML reads true/false, null/~ and numbers as booleans, empty or numbers; where text is wanted, put the value in double quotes: "1.10".',
    },
  },
  CR212: {
    name: 'anchor-in-text',
    severity: 'error',
    title: { vi: 'Dấu & hoặc * đầu văn bản bị đọc thành neo YAML', en: 'A leading & or * read as a YAML anchor or alias' },
    help: {
      vi: 'Văn bản bắt đầu bằng "&" hoặc "*" bị YAML đọc thành neo/tham chiếu và mất chữ; đặt cả giá trị trong dấu nháy kép, hoặc bỏ ký tự thừa (như "&nbsp;" dán từ trang web).',
      en: 'Text that starts with "&" or "*" is read by YAML as an anchor or alias and loses words; put the whole value in double quotes, or delete the stray characters (such as "&nbsp;" pasted from a web page).',
    },
  },
  CR213: {
    name: 'text-split-by-colon',
    severity: 'error',
    title: { vi: 'Văn bản bị tách ở dấu ": "', en: 'Text split at ": "' },
    help: {
      vi: 'Dấu ": " giữa văn bản làm YAML tách thành khóa và giá trị; đặt cả giá trị trong dấu nháy kép: - "Khó khăn: thiếu kinh phí".',
      en: 'A ": " inside text makes YAML split it into a key and a value; put the whole value in double quotes: - "Difficulty: no funds".',
    },
  },
  CR214: {
    name: 'backslash-in-double-quotes',
    severity: 'error',
    title: { vi: 'Đường dẫn Windows trong dấu nháy kép', en: 'A Windows path in double quotes' },
    help: {
      vi: 'Trong dấu nháy kép, "\\t", "\\n" … là ký tự Tab, xuống dòng; viết đường dẫn trong dấu nháy đơn: \'D:\\tai-lieu\\nam-2025\'.',
      en: 'Inside double quotes "\\t", "\\n" … are a tab and a line break; write the path in single quotes: \'D:\\docs\\new-2025\'.',
    },
  },
  CR215: {
    name: 'unclosed-quote',
    severity: 'error',
    title: { vi: 'Thiếu dấu nháy đóng', en: 'A closing quote is missing' },
    help: {
      vi: 'Dấu nháy mở không được đóng trên cùng dòng nên các dòng sau (cả khóa của chúng) bị nuốt vào văn bản; thêm dấu nháy đóng ở cuối giá trị.',
      en: 'A quote opened and not closed on its line swallows the following lines, keys and all, into the text; add the closing quote at the end of the value.',
    },
  },
  CR216: {
    name: 'key-inside-block-text',
    severity: 'error',
    title: { vi: 'Khóa bị nuốt vào đoạn văn', en: 'A key swallowed by block text' },
    help: {
      vi: 'Dòng thụt lề bằng đoạn văn viết sau ">-", ">" hoặc "|" là một phần của đoạn văn, không phải khóa; lùi dòng đó (và các dòng con) về đúng cột của khóa như thông báo chỉ ra.',
      en: 'A line indented like the text after ">-", ">" or "|" is part of that text, not a key; move it (and the lines under it) back to the column the message gives.',
    },
  },
  CR217: {
    name: 'comment-inside-block-text',
    severity: 'error',
    title: { vi: 'Dòng "#" trong đoạn văn sẽ được in ra', en: 'A "#" line inside block text is printed' },
    help: {
      vi: 'Trong đoạn văn viết sau ">-", ">" hoặc "|", dòng bắt đầu bằng "#" là chữ của báo cáo, không phải chú thích; chuyển chú thích lên trên khóa hoặc xóa nó.',
      en: 'Inside text written after ">-", ">" or "|", a line starting with "#" is report text, not a comment; move the comment above the key or delete it.',
    },
  },
  CR218: {
    name: 'bullets-folded',
    severity: 'warning',
    title: { vi: 'Gạch đầu dòng bị nối thành một đoạn', en: 'Bullet lines folded into one paragraph' },
    help: {
      vi: 'Sau ">-" hoặc ">", các dòng được nối bằng dấu cách nên các gạch đầu dòng dồn thành một đoạn; viết "|" thay cho ">-" để giữ xuống dòng, hoặc để một dòng trống giữa các ý.',
      en: 'After ">-" or ">", lines are joined with spaces, so bullet items run into one paragraph; write "|" instead of ">-" to keep the line breaks, or leave a blank line between items.',
    },
  },
  CR301: {
    name: 'unknown-key',
    severity: 'error',
    title: { vi: 'Khóa không hợp lệ', en: 'Unknown key' },
    help: {
      vi: 'Sửa chính tả theo gợi ý hoặc xóa khóa này; danh sách khóa hợp lệ có trong thông báo.',
      en: 'Fix the spelling as suggested or remove the key; the message lists the allowed keys.',
    },
  },
  CR302: {
    name: 'missing-key',
    severity: 'error',
    title: { vi: 'Thiếu thông tin bắt buộc', en: 'Required key missing' },
    help: {
      vi: 'Bổ sung khóa còn thiếu vào mục được chỉ ra.',
      en: 'Add the missing key to the mapping shown.',
    },
  },
  CR303: {
    name: 'wrong-type',
    severity: 'error',
    title: { vi: 'Sai kiểu dữ liệu', en: 'Wrong type' },
    help: {
      vi: 'Nhập đúng kiểu: số viết liền không dấu chấm (1500000), danh sách bắt đầu bằng "- ".',
      en: 'Use the expected type: numbers without separators (1500000), lists with "- ".',
    },
  },
  CR304: {
    name: 'invalid-value',
    severity: 'error',
    title: { vi: 'Giá trị không nằm trong danh mục', en: 'Value not allowed' },
    help: {
      vi: 'Chọn một giá trị trong danh mục của kế hoạch (xem gợi ý trong thông báo).',
      en: "Choose one of the plan's values (see the suggestion in the message).",
    },
  },
  CR305: {
    name: 'invalid-format',
    severity: 'error',
    title: { vi: 'Sai định dạng', en: 'Wrong format' },
    help: {
      vi: 'Ngày viết dd/mm/yyyy (ngày/tháng/năm) hoặc yyyy-mm-dd; khoảng ngày "dd/mm/yyyy - dd/mm/yyyy"; số, ký hiệu dạng số/ký hiệu.',
      en: 'Dates as dd/mm/yyyy (day/month/year) or yyyy-mm-dd; ranges as "dd/mm/yyyy - dd/mm/yyyy"; numbers as number/symbol.',
    },
  },
  CR306: {
    name: 'out-of-range',
    severity: 'error',
    title: { vi: 'Số liệu không hợp lệ', en: 'Number out of range' },
    help: {
      vi: 'Số liệu phải là số nguyên không âm; kiểm tra lại số đã nhập.',
      en: 'Counts are whole numbers, not negative; check the figure.',
    },
  },
  CR307: {
    name: 'unknown-task',
    severity: 'error',
    title: { vi: 'Nhiệm vụ không có trong kế hoạch', en: 'Task not in the plan' },
    help: {
      vi: 'Dùng mã nhiệm vụ đúng như kế hoạch ghi; các mã được giao có trong thông báo.',
      en: "Use the task ids exactly as the plan writes them; the assigned ids are listed in the message.",
    },
  },
  CR308: {
    name: 'task-not-assigned',
    severity: 'error',
    title: { vi: 'Nhiệm vụ giao cho cơ quan khác', en: 'Task assigned to another agency' },
    help: {
      vi: 'Chỉ báo cáo các nhiệm vụ kế hoạch giao cho đơn vị mình; kết quả phối hợp ghi vào nhiệm vụ của đơn vị.',
      en: "Report only your own agency's tasks; put joint work under your own task.",
    },
  },
  CR309: {
    name: 'missing-task',
    severity: 'error',
    title: { vi: 'Thiếu nhiệm vụ được giao', en: 'Assigned task missing' },
    help: {
      vi: 'Báo cáo mọi nhiệm vụ được giao; nhiệm vụ chưa làm ghi status: not_started và lý do (reason).',
      en: 'Answer every assigned task; one not begun takes status: not_started and a reason.',
    },
  },
  CR310: {
    name: 'wrong-indent',
    severity: 'error',
    title: { vi: 'Khóa thụt lề sai', en: 'Key indented wrongly' },
    help: {
      vi: 'Các khóa cùng cấp phải thẳng cột với nhau; thêm hoặc bớt dấu cách ở đầu dòng như thông báo chỉ ra.',
      en: 'Keys of the same mapping start in the same column; add or remove the spaces the message names.',
    },
  },
  CR311: {
    name: 'missing-dash',
    severity: 'error',
    title: { vi: 'Mục danh sách thiếu "- "', en: 'List item without its "- "' },
    help: {
      vi: 'Mỗi mục của danh sách (mỗi hoạt động) bắt đầu bằng "- " ở dòng đầu tiên của nó, thẳng cột với các mục khác.',
      en: 'Each item of a list (each activity) starts with "- " on its first line, in the same column as the other items.',
    },
  },
  CR312: {
    name: 'invisible-character',
    severity: 'error',
    title: { vi: 'Ký tự ẩn trong mã hoặc tên', en: 'Invisible character in an id or name' },
    help: {
      vi: 'Xóa ký tự ẩn (thường dán từ Word, PDF hay trang web): gõ lại mã hoặc tên, hoặc chép đúng giá trị gợi ý trong thông báo.',
      en: 'Remove the invisible character (usually pasted from Word, a PDF or a web page): retype the id or name, or copy the value the message suggests.',
    },
  },
  CR401: {
    name: 'invalid-date',
    severity: 'error',
    title: { vi: 'Ngày không tồn tại', en: 'No such date' },
    help: {
      vi: 'Kiểm tra ngày và tháng (dd/mm/yyyy: ngày trước, tháng sau).',
      en: 'Check the day and month (dd/mm/yyyy: day first, then month).',
    },
  },
  CR402: {
    name: 'date-outside-period',
    severity: 'error',
    title: { vi: 'Ngày nằm ngoài kỳ báo cáo', en: 'Date outside the reporting period' },
    help: {
      vi: 'Hoạt động phải diễn ra trong kỳ báo cáo (period); sửa ngày hoặc kỳ báo cáo.',
      en: 'Activities must fall in the report period; fix the date or the period.',
    },
  },
  CR403: {
    name: 'date-outside-campaign',
    severity: 'error',
    title: { vi: 'Ngày nằm ngoài thời gian kế hoạch', en: 'Date outside the campaign' },
    help: {
      vi: 'Kỳ báo cáo và hoạt động phải nằm trong thời gian triển khai của kế hoạch.',
      en: "The period and activities must fall within the plan's campaign.",
    },
  },
  CR404: {
    name: 'reversed-range',
    severity: 'error',
    title: { vi: 'Ngày kết thúc trước ngày bắt đầu', en: 'Range ends before it starts' },
    help: { vi: 'Viết ngày bắt đầu trước, ngày kết thúc sau.', en: 'Write the start date first, then the end.' },
  },
  CR405: {
    name: 'absurd-quantity',
    severity: 'warning',
    title: { vi: 'Số liệu bất thường', en: 'Implausible figure' },
    help: {
      vi: 'Kiểm tra số liệu (thừa chữ số 0? nhập nhầm đơn vị?).',
      en: 'Check the figure (an extra zero? the wrong unit?).',
    },
  },
  CR406: {
    name: 'quantity-not-for-form',
    severity: 'error',
    title: { vi: 'Chỉ tiêu không thuộc hình thức', en: 'Quantity not counted by this form' },
    help: {
      vi: 'Mỗi hình thức hoạt động chỉ đếm một số chỉ tiêu do kế hoạch quy định; đổi hình thức hoặc chỉ tiêu.',
      en: 'Each activity form counts only the quantities the plan declares for it; change the form or the quantity.',
    },
  },
  CR407: {
    name: 'duplicate-activity',
    severity: 'warning',
    title: { vi: 'Hoạt động bị lặp', en: 'Repeated activity' },
    help: {
      vi: 'Hoạt động đã được kê khai (cùng ngày, hình thức và tên, kể cả khi chỉ khác ký tự ẩn); bản lặp không được cộng vào tổng số. Xóa bản lặp, hoặc sửa cho đúng nếu đó là hoạt động khác.',
      en: 'The activity is already listed (same date, form and title, even if only invisible characters differ); the copy is left out of the totals. Remove it, or correct it if it is a different activity.',
    },
  },
  CR408: {
    name: 'decomposed-unicode',
    severity: 'warning',
    title: { vi: 'Chữ Việt dạng tổ hợp', en: 'Decomposed Vietnamese text' },
    help: {
      vi: 'Văn bản gõ bằng bảng mã Unicode tổ hợp; công cụ tự chuẩn hóa, nhưng nên đặt bộ gõ sang "Unicode dựng sẵn".',
      en: 'Text is in decomposed Unicode; the tool normalises it, but set the keyboard to precomposed Unicode.',
    },
  },
  CR409: {
    name: 'legacy-encoding',
    severity: 'error',
    title: { vi: 'Chữ Việt mã cũ (TCVN3/VNI)', en: 'Legacy Vietnamese encoding (TCVN3/VNI)' },
    help: {
      vi: 'Đoạn văn bản được dán từ tài liệu dùng phông .VnTime (TCVN3) hoặc VNI-Times; chuyển mã sang Unicode (Unikey: Công cụ chuyển mã) rồi dán lại.',
      en: 'The text was pasted from a .VnTime (TCVN3) or VNI-Times document; convert it to Unicode (Unikey’s converter) and paste again.',
    },
  },
  CR410: {
    name: 'malformed-link',
    severity: 'error',
    title: { vi: 'Đường dẫn không hợp lệ', en: 'Malformed link' },
    help: {
      vi: 'Đường dẫn phải đầy đủ, bắt đầu bằng https:// hoặc http://, không có dấu cách.',
      en: 'A link is a full address starting with https:// or http://, without spaces.',
    },
  },
  CR411: {
    name: 'control-character',
    severity: 'error',
    title: { vi: 'Ký tự điều khiển trong văn bản', en: 'Control character in text' },
    help: {
      vi: 'Xóa ký tự ẩn (thường do dán từ Word hoặc PDF); Word sẽ không mở được tài liệu chứa ký tự này.',
      en: 'Remove the hidden character (often pasted from Word or PDF); Word cannot open a document containing it.',
    },
  },
  CR412: {
    name: 'plan-mismatch',
    severity: 'error',
    title: { vi: 'Báo cáo cho kế hoạch khác', en: 'Report for another plan' },
    help: {
      vi: 'Khóa "plan" phải ghi số của kế hoạch đang tổng hợp.',
      en: 'The "plan" key must name the plan being compiled.',
    },
  },
  CR413: {
    name: 'schema-mismatch',
    severity: 'warning',
    title: { vi: 'Dòng $schema trỏ sai schema', en: 'The $schema line points at the wrong schema' },
    help: {
      vi: 'Sửa dòng "# yaml-language-server: $schema=…" cho trỏ tới schema sinh từ kế hoạch đang dùng (compile-report schema --plan … --out …), hoặc tạo lại báo cáo mẫu bằng "compile-report init".',
      en: 'Point the "# yaml-language-server: $schema=…" line at the schema derived from the plan in use (compile-report schema --plan … --out …), or start again from "compile-report init".',
    },
  },
  CR414: {
    name: 'number-with-separators',
    severity: 'error',
    title: { vi: 'Số có dấu phân cách hàng nghìn', en: 'A number with thousands separators' },
    help: {
      vi: 'Viết số liền, không dấu chấm, dấu phẩy hay dấu cách: 42000, không phải 42.000 (YAML đọc 42.000 là 42).',
      en: 'Write the number without dots, commas or spaces: 42000, not 42.000 (YAML reads 42.000 as 42).',
    },
  },
  CR415: {
    name: 'number-not-whole',
    severity: 'error',
    title: { vi: 'Số không phải số nguyên', en: 'Not a whole number' },
    help: {
      vi: 'Số lượng và kinh phí là số nguyên (người, buổi, đồng); viết số nguyên, không có phần thập phân.',
      en: 'Counts and costs are whole numbers (people, sessions, VND); write a whole number without decimals.',
    },
  },
  CR416: {
    name: 'number-in-exponent-form',
    severity: 'error',
    title: { vi: 'Số dạng lũy thừa (kiểu Excel)', en: 'A number in exponent form (as Excel shows it)' },
    help: {
      vi: 'Số dạng 4.52E+06 là số Excel đã làm tròn; chép lại số đầy đủ từ ô gốc (định dạng ô là Number, không phải General).',
      en: 'A number like 4.52E+06 is one Excel has rounded; copy the full figure from the original cell (format the cell as Number, not General).',
    },
  },
  CR417: {
    name: 'number-in-quotes',
    severity: 'error',
    title: { vi: 'Số đặt trong dấu nháy', en: 'A number in quotes' },
    help: {
      vi: 'Số trong dấu nháy là văn bản, không được cộng vào tổng; bỏ dấu nháy: cost: 1000000.',
      en: 'A number in quotes is text and is not added to the totals; remove the quotes: cost: 1000000.',
    },
  },
  CR418: {
    name: 'number-notation',
    severity: 'error',
    title: { vi: 'Số viết theo cách YAML đọc khác', en: 'A number written in a form YAML reads differently' },
    help: {
      vi: 'Viết số thập phân thông thường, không có dấu "+", số 0 đứng đầu, hay tiền tố 0x, 0o: 10, không phải 010.',
      en: 'Write a plain decimal number without a "+", leading zeros or a 0x/0o prefix: 10, not 010.',
    },
  },
  CR425: {
    name: 'report-date-too-early',
    severity: 'error',
    title: { vi: 'Ngày báo cáo sớm hơn nội dung', en: 'Report dated before what it reports' },
    help: {
      vi: 'Ngày ký báo cáo không thể trước ngày ban hành kế hoạch, trước ngày bắt đầu kỳ báo cáo hay trước ngày bắt đầu của một hoạt động được kê khai; kiểm tra năm, và thứ tự ngày/tháng (dd/mm/yyyy).',
      en: 'A report cannot be signed before the plan was issued, before its period starts or before an activity it lists has started; check the year, and the day/month order (dd/mm/yyyy).',
    },
  },
  CR426: {
    name: 'report-date-too-late',
    severity: 'error',
    title: { vi: 'Ngày báo cáo quá xa sau đợt', en: 'Report dated long after the campaign' },
    help: {
      vi: 'Ngày ký báo cáo muộn hơn nửa năm sau khi kết thúc đợt thường là gõ nhầm năm; sửa lại ngày ký thật của báo cáo.',
      en: 'A report signed more than half a year after the campaign ended is usually a mistyped year; write the date the report was really signed.',
    },
  },
  CR427: {
    name: 'cost-below-floor',
    severity: 'warning',
    title: { vi: 'Kinh phí nhỏ bất thường', en: 'Implausibly small cost' },
    help: {
      vi: 'Kinh phí ghi bằng đồng, viết đủ chữ số: 42 triệu là 42000000, 42 nghìn là 42000. Nếu số tiền đúng là vậy, giữ nguyên (đây chỉ là cảnh báo).',
      en: 'Costs are in VND, written in full: 42 million is 42000000, 42 thousand is 42000. If the amount really is that small, keep it (this is only a warning).',
    },
  },
  CR428: {
    name: 'activities-while-not-started',
    severity: 'error',
    title: { vi: 'Nhiệm vụ chưa thực hiện mà có hoạt động', en: 'Task not started but lists activities' },
    help: {
      vi: 'Nhiệm vụ đã có hoạt động thì ghi status: in_progress hoặc done (và bỏ reason); nếu các hoạt động thuộc nhiệm vụ khác, chuyển sang nhiệm vụ đó.',
      en: 'A task with activities is in_progress or done (drop the reason); if the activities belong to another task, move them there.',
    },
  },
  CR501: {
    name: 'duplicate-unit',
    severity: 'error',
    title: { vi: 'Một đơn vị có hai báo cáo', en: 'Unit reported twice' },
    help: {
      vi: 'Mỗi đơn vị chỉ nộp một báo cáo trong kỳ; giữ bản mới nhất và bỏ bản còn lại.',
      en: 'One report per unit and period; keep the latest and remove the other.',
    },
  },
  CR601: {
    name: 'plan-invalid',
    severity: 'error',
    title: { vi: 'Tệp kế hoạch không hợp lệ', en: 'Invalid plan file' },
    help: {
      vi: 'Sửa tệp kế hoạch theo schemas/plan.schema.json.',
      en: 'Fix the plan file according to schemas/plan.schema.json.',
    },
  },
  CR602: {
    name: 'config-invalid',
    severity: 'error',
    title: { vi: 'Tệp cấu hình không hợp lệ', en: 'Invalid configuration file' },
    help: {
      vi: 'Sửa compile-report.config.yaml theo schemas/config.schema.json; đường dẫn trong tệp tính từ thư mục chứa tệp.',
      en: 'Fix compile-report.config.yaml according to schemas/config.schema.json; its paths are relative to its own folder.',
    },
  },
  CR610: {
    name: 'rollup-mapping',
    severity: 'error',
    title: { vi: 'Ánh xạ báo cáo lên cấp trên không khớp kế hoạch cấp trên', en: 'The roll-up mapping does not match the parent plan' },
    help: {
      vi: 'Sửa khối rollup của kế hoạch (report_as, tasks, themes, forms, quantities) và số kế hoạch trong implements cho khớp với kế hoạch cấp trên đưa vào --parent-plan: mã cơ quan, đơn vị, nhiệm vụ, nội dung, hình thức và chỉ tiêu phải có trong kế hoạch cấp trên.',
      en: "Fix the plan's rollup block (report_as, tasks, themes, forms, quantities) and the number in implements to match the parent plan given with --parent-plan: the agency, unit, tasks, themes, forms and quantities must exist in it.",
    },
  },
  CR701: {
    name: 'template-error',
    severity: 'error',
    title: { vi: 'Lỗi mẫu văn bản', en: 'Template error' },
    help: {
      vi: 'Sửa mẫu Handlebars tại dòng được chỉ ra; so sánh với mẫu gốc trong thư mục templates/.',
      en: 'Fix the Handlebars template at the line shown; compare with the original in templates/.',
    },
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;
