/**
 * Every text the task pane shows, in Vietnamese, in one table: labels, buttons, messages and progress
 * steps. Texts that carry a value are functions; numbers and dates reach them already in their
 * Vietnamese forms (core text/numbers.ts, dates.ts). Finding messages, rule titles, severity and field
 * labels come from core, where they are kept with the logic.
 */

function quoted(s: string): string {
  return '\u201C' + s + '\u201D';
}

function listOfSheets(names: string[]): string {
  const q: string[] = [];
  for (let i = 0; i < names.length; i++) q.push(quoted(names[i]));
  return q.join(', ');
}

export const S = {
  appTitle: 'Sơ kết chi bộ',
  appSubtitle: 'Kiểm tra sổ đảng viên, sổ sinh hoạt chi bộ và lập báo cáo sơ kết. Dữ liệu không rời khỏi máy.',
  /** Shown when the page is opened somewhere other than Excel. */
  outsideExcel:
    'Trang này là phần bổ trợ của Excel. Hãy mở Excel, chọn Trang đầu (Home) > Sơ kết chi bộ, hoặc Chèn (Insert) > Phần bổ trợ của tôi (My Add-ins).',

  /** The standalone page: the same pane over a file chosen in an ordinary browser, outside Office. */
  file: {
    intro:
      'Không cài được phần bổ trợ trong Excel? Chọn sổ Excel (.xlsx) có danh sách đảng viên và sổ sinh hoạt chi bộ: trang này kiểm tra dữ liệu và lập báo cáo ngay trong trình duyệt.',
    privacy: 'Tệp được đọc trên máy này, không gửi đi đâu và không bị thay đổi: báo cáo được tải về thành một tệp mới.',
    region: 'Tệp sổ cần kiểm tra',
    choose: 'Chọn tệp Excel',
    chooseOther: 'Chọn tệp khác',
    dropHint: 'hoặc kéo tệp .xlsx thả vào khung này.',
    fromDisk:
      'Trang đang được mở trực tiếp từ ổ đĩa (file://): Chrome và Edge không cho đọc tệp khi mở như vậy. Hãy mở trang qua máy chủ web của đơn vị (địa chỉ bắt đầu bằng http hoặc https).',
    opened: function (name: string): string {
      return 'Tệp: ' + quoted(name);
    },
    reading: function (name: string): string {
      return 'Đang đọc tệp ' + quoted(name) + '…';
    },
    readCancelled: 'Đã hủy đọc tệp.',
    readFailed: function (name: string): string {
      return 'Không đọc được tệp ' + quoted(name) + ' trong trình duyệt; hãy thử lại hoặc chọn tệp khác.';
    },
    noFileApi:
      'Trình duyệt này không đọc được tệp trên máy (thiếu Web Worker hoặc File API). Hãy mở trang bằng Chrome, Edge hoặc Firefox bản mới.',
    building: 'Đang tạo tệp báo cáo…',
    run: 'Tải về báo cáo',
    reportIntro:
      'Tính số liệu và tạo một tệp báo cáo mới (trang “Báo cáo sơ kết”, kèm trang “Kiểm tra dữ liệu” nếu chọn) để tải về. Tệp sổ của bạn không bị thay đổi.',
    writeFindings: 'Kèm trang “Kiểm tra dữ liệu”',
    sheetsIntro:
      'Các trang được nhận ra theo nội dung. Nếu nhận sai, hãy chọn lại loại trang, dòng tiêu đề hoặc cột (lựa chọn chỉ giữ trong lần dùng này).',
    checkIntro: 'Kiểm tra dữ liệu của tệp theo quy định; mỗi vấn đề ghi rõ trang và ô.',
    noFixes:
      'Trang này chỉ đọc tệp nên không sửa giúp được: hãy sửa trong Excel hoặc LibreOffice theo danh sách dưới đây, hoặc dùng phần bổ trợ trong Excel.',
    downloaded: function (file: string, summary: string, findings: string | null): string {
      return (
        'Đã tạo tệp báo cáo ' +
        quoted(file) +
        ' (trang ' +
        quoted(summary) +
        (findings ? ' và trang ' + quoted(findings) : '') +
        '); trình duyệt đã tải tệp về (thường vào thư mục Tải xuống).'
      );
    },
    untouched: 'Tệp sổ của bạn không bị thay đổi.',
  },

  tabs: {
    label: 'Các mục',
    sheets: 'Sổ dữ liệu',
    check: 'Kiểm tra',
    report: 'Báo cáo',
    template: 'Mẫu',
  },

  progress: {
    label: 'Tiến độ',
    listing: 'Đang xem các trang của sổ…',
    reading: 'Đang đọc dữ liệu…',
    analyzing: 'Đang nhận dạng, kiểm tra và tính số liệu…',
    reanalyzing: 'Đang áp dụng lựa chọn…',
    saving: 'Đang lưu lựa chọn vào sổ…',
    writing: function (sheet: string): string {
      return 'Đang ghi trang ' + quoted(sheet) + '…';
    },
    dropdowns: 'Đang thêm danh sách chọn…',
    cancelling: 'Đang dừng…',
    cancellingWrite: function (sheet: string): string {
      return 'Đang dừng sau khi ghi xong trang ' + quoted(sheet) + '…';
    },
    cancel: 'Hủy',
    cancelLabel: 'Hủy việc đang làm',
  },

  sheets: {
    heading: 'Sổ dữ liệu',
    intro: 'Các trang được nhận ra theo nội dung. Nếu nhận sai, hãy chọn lại loại trang, dòng tiêu đề hoặc cột; lựa chọn được lưu trong sổ.',
    reread: 'Đọc lại sổ',
    notRead: 'Chưa đọc sổ.',
    noSheets: 'Sổ chưa có trang nào có dữ liệu. Hãy mở mục “Mẫu” để tạo sổ trống theo mẫu hoặc thử với dữ liệu mẫu.',
    kindLabel: 'Loại trang',
    kinds: {
      members: 'Danh sách đảng viên',
      meetings: 'Sổ sinh hoạt chi bộ',
      unit: 'Thông tin đơn vị',
      ignore: 'Bỏ qua (không đọc)',
      unknown: 'Chưa nhận ra',
    },
    auto: 'Nhận tự động',
    chosen: 'Do bạn chọn',
    memberRows: function (count: string, from: number, to: number): string {
      return count + ' đảng viên, dòng ' + (from === to ? String(from) : from + '–' + to);
    },
    meetingRows: function (count: string, from: number, to: number): string {
      return count + ' buổi sinh hoạt, dòng ' + (from === to ? String(from) : from + '–' + to);
    },
    noRecords: 'Chưa đọc được dòng dữ liệu nào',
    unitKeys: function (count: string): string {
      return count + ' mục thông tin';
    },
    /** A sheet that holds several registers (one under another, or side by side). */
    severalTables: function (count: number, parts: string[]): string {
      return 'Trang có ' + count + ' bảng: ' + parts.join('; ');
    },
    ignored: 'Trang này không được đọc.',
    unknown: 'Không nhận ra nội dung trang này. Nếu đây là danh sách cần đọc, hãy chọn loại trang.',
    noHeader: 'Chưa tìm thấy dòng tiêu đề cột. Hãy nhập số dòng tiêu đề.',
    headerRowsLabel: 'Dòng tiêu đề',
    headerRowsHint: 'ví dụ 5 hoặc 5-6',
    headerRowsApply: 'Áp dụng dòng tiêu đề',
    headerRowsApplyShort: 'Áp dụng',
    headerRowsError: 'Dòng tiêu đề phải là một số dòng (ví dụ 5) hoặc hai dòng liền nhau (ví dụ 5-6).',
    columnsToggle: function (count: string): string {
      return 'Cột dữ liệu (' + count + ')';
    },
    columnNone: '— chưa có —',
    columnOption: function (letter: string, header: string): string {
      return header ? letter + ' — ' + header : letter;
    },
    reset: 'Dùng nhận dạng tự động',
    resetLabel: function (sheet: string): string {
      return 'Dùng nhận dạng tự động cho trang ' + quoted(sheet);
    },
    skippedHidden: function (names: string[]): string {
      return 'Không đọc các trang ẩn: ' + listOfSheets(names) + '.';
    },
    read: function (count: string): string {
      return 'Đã đọc ' + count + ' trang của sổ.';
    },
    saved: 'Đã lưu lựa chọn vào sổ.',
  },

  check: {
    heading: 'Kiểm tra dữ liệu',
    intro: 'Đọc lại sổ và kiểm tra theo quy định. Bấm vào một dòng để đến ô có vấn đề.',
    run: 'Kiểm tra dữ liệu',
    notRun: 'Chưa kiểm tra.',
    none: 'Không thấy vấn đề nào trong sổ.',
    counts: function (errors: string, warnings: string, infos: string): string {
      return errors + ' lỗi, ' + warnings + ' cảnh báo, ' + infos + ' gợi ý.';
    },
    done: function (counts: string): string {
      return 'Đã kiểm tra: ' + counts;
    },
    groupToggle: function (title: string, count: string): string {
      return title + ' (' + count + ')';
    },
    more: function (count: string): string {
      return 'Xem thêm (còn ' + count + ')';
    },
    /** The accessible name starts with the visible text (WCAG 2.5.3, label in name). */
    moreLabel: function (remaining: string, title: string, count: string): string {
      return 'Xem thêm (còn ' + remaining + '): ' + count + ' mục nữa của nhóm ' + quoted(title);
    },
    where: function (sheet: string, column: string | null, row: number | null): string {
      let s = quoted(sheet);
      if (column && row) s += ', ô ' + column + row;
      else if (row) s += ', dòng ' + row;
      else if (column) s += ', cột ' + column;
      return s;
    },
    goTo: function (where: string, message: string): string {
      return 'Đến ' + where + ': ' + message;
    },
    suggestion: function (value: string): string {
      return 'Đề xuất: ' + value;
    },
  },

  report: {
    heading: 'Tạo báo cáo',
    intro: 'Đọc lại sổ, tính số liệu và ghi trang “Báo cáo sơ kết”. Nội dung bạn tự viết trong báo cáo được giữ nguyên khi tạo lại.',
    from: 'Từ ngày',
    to: 'Đến ngày',
    dateHint: 'ngày/tháng/năm',
    decimals: 'Số chữ số thập phân của tỷ lệ',
    decimalOption: function (n: number, example: string): string {
      return n + ' (ví dụ ' + example + ')';
    },
    writeFindings: 'Ghi cả trang “Kiểm tra dữ liệu”',
    run: 'Tạo báo cáo',
    created: 'Đã tạo báo cáo.',
    updated: 'Đã cập nhật báo cáo.',
    updatedKept: function (count: string): string {
      return 'Đã cập nhật báo cáo (giữ nguyên ' + count + ' ô nội dung tự viết).';
    },
    where: function (summary: string, findings: string | null): string {
      return (
        'Báo cáo ở trang ' + quoted(summary) + (findings ? '; danh sách vấn đề của sổ ở trang ' + quoted(findings) : '') + '.'
      );
    },
    stillErrors: function (count: string): string {
      return 'Lưu ý: sổ còn ' + count + ' lỗi; các số liệu liên quan có thể chưa đúng (xem mục “Kiểm tra”).';
    },
    noMembers: 'Không tìm thấy danh sách đảng viên trong sổ nên chưa tạo báo cáo. Hãy xem mục “Sổ dữ liệu”.',
    figuresHeading: 'Số liệu chính',
    periodFigure: 'Kỳ báo cáo',
    periodValue: function (from: string, to: string): string {
      return from + ' – ' + to;
    },
    membersOfStaff: function (count: string, share: string, staff: string): string {
      return count + ' (' + share + ' của ' + staff + ' CB-CC-VC-NLĐ)';
    },
    gender: 'Đảng viên nam / nữ',
    genderValue: function (male: string, female: string): string {
      return male + ' / ' + female;
    },
    withShare: function (count: string, share: string): string {
      return count + ' (' + share + ')';
    },
  },

  period: {
    empty: function (field: string): string {
      return 'Hãy nhập ' + quoted(field) + ' theo dạng ngày/tháng/năm, ví dụ 01/01/2018.';
    },
    invalid: function (field: string, text: string): string {
      return quoted(field) + ': ' + quoted(text) + ' không phải là ngày; hãy ghi theo dạng ngày/tháng/năm, ví dụ 01/01/2018.';
    },
    impossible: function (field: string, text: string): string {
      return quoted(field) + ': ' + quoted(text) + ' là ngày không có thật.';
    },
    order: function (from: string, to: string): string {
      return quoted(from) + ' phải trước hoặc trùng ' + quoted(to) + '.';
    },
  },

  template: {
    heading: 'Mẫu',
    templateIntro: 'Thêm vào sổ các trang trống theo mẫu chuẩn (thông tin đơn vị, danh sách đảng viên, sổ sinh hoạt chi bộ), có danh sách chọn cho các cột.',
    templateRun: 'Tạo mẫu',
    sampleIntro: 'Thêm vào sổ các trang dữ liệu mẫu để thử ngay: kiểm tra, rồi tạo báo cáo.',
    sampleRun: 'Dữ liệu mẫu',
    noOverwrite: 'Không trang nào của bạn bị ghi đè: nếu đã có trang cùng tên, trang mới được đặt tên khác, ví dụ “Danh sách đảng viên (2)”.',
    templateDone: function (sheets: string[]): string {
      return 'Đã tạo sổ trống theo mẫu: các trang ' + listOfSheets(sheets) + '.';
    },
    dropdownsAdded: function (count: string): string {
      return 'Đã thêm ' + count + ' danh sách chọn.';
    },
    dropdownsUnsupported: 'Excel này không hỗ trợ danh sách chọn; các trang mẫu vẫn dùng được.',
    sampleDone: function (sheets: string[]): string {
      return 'Đã ghi dữ liệu mẫu vào các trang ' + listOfSheets(sheets) + '.';
    },
    sampleMixed:
      'Sổ đã có dữ liệu khác: nếu không muốn gộp dữ liệu mẫu vào báo cáo, hãy chọn “Bỏ qua” cho các trang mẫu ở mục “Sổ dữ liệu” hoặc xóa chúng.',
  },

  fix: {
    heading: 'Sửa theo đề xuất',
    intro: 'Chỉ thay giá trị của ô, không đổi định dạng. Mọi lần sửa được ghi vào sổ để có thể hoàn tác, kể cả sau khi lưu và mở lại sổ.',
    formHeading: 'Sửa cách viết (không đổi nội dung)',
    /** After TCVN3/VNI cells were converted: the pane cannot see the cells' fonts, so it reminds. */
    legacyFontReminder: function (cells: string): string {
      return (
        'Lưu ý: ' +
        cells +
        ' ô vừa chuyển từ chữ mã cũ (TCVN3/VNI) sang Unicode vẫn giữ phông cũ (phần sửa không đổi định dạng của sổ); nếu chữ hiện sai, hãy chọn các ô đó và đổi sang phông Unicode, ví dụ Times New Roman.'
      );
    },
    correctionHeading: 'Sửa theo phỏng đoán (hãy xem lại trước khi sửa)',
    /** One batch with every form fix (as `so-ket sua --tat-ca`); its accessible name says how many cells. */
    allForms: 'Sửa mọi lỗi cách viết',
    allFormsLabel: function (cells: string): string {
      return 'Sửa mọi lỗi cách viết: ' + cells + ' ô, không đổi nội dung';
    },
    group: 'Sửa cả nhóm',
    /** The accessible name of a group's button: core's label, and for corrections that it is a guess. */
    groupLabel: function (label: string, guess: boolean): string {
      return guess ? label + ' (phỏng đoán)' : label;
    },
    /** The group button's accessible name: its visible text first (WCAG 2.5.3, label in name), then the group. */
    groupButtonLabel: function (groupLabel: string): string {
      return 'Sửa cả nhóm \u2014 ' + groupLabel;
    },
    one: 'Sửa',
    oneLabel: function (address: string, from: string, to: string, guess: boolean): string {
      return 'Sửa ô ' + address + (guess ? ' (phỏng đoán)' : '') + ': ' + from + ' \u2192 ' + to;
    },
    undo: 'Hoàn tác',
    undoLabel: function (label: string): string {
      return 'Hoàn tác: ' + label;
    },
    undoNone: 'Chưa có lần sửa nào để hoàn tác.',
    undoMore: function (count: string): string {
      return 'Còn ' + count + ' lần sửa trước đó có thể hoàn tác lần lượt.';
    },
    force: 'Vẫn hoàn tác',
    /** Shown when the stored undo log cannot be read. */
    reset: 'Bắt đầu nhật ký hoàn tác mới',
    resetLabel: 'Bắt đầu nhật ký hoàn tác mới (các lần sửa cũ sẽ không hoàn tác được nữa)',
    logReset: 'Đã bắt đầu nhật ký hoàn tác mới. Các lần sửa ghi trong nhật ký cũ không còn hoàn tác được từ ngăn này; giá trị trong sổ không thay đổi.',
    forceLabel: function (label: string): string {
      return 'Vẫn hoàn tác “' + label + '”, ghi đè các ô đã thay đổi';
    },
    reading: 'Đang đọc các ô cần sửa…',
    readingLog: 'Đang đọc nhật ký hoàn tác…',
    writing: 'Đang ghi các ô đã sửa…',
    undoing: 'Đang hoàn tác…',
    checkFirst: 'Hãy bấm “Kiểm tra dữ liệu” trước khi sửa.',
    done: function (cells: string): string {
      return 'Đã sửa ' + cells + ' ô.';
    },
    nothingDone: 'Không sửa ô nào.',
    refusedHeading: function (count: string): string {
      return count + ' đề xuất không sửa được:';
    },
    refusedMore: function (count: string): string {
      return '… và ' + count + ' đề xuất khác.';
    },
    undone: function (label: string, cells: string): string {
      return 'Đã hoàn tác “' + label + '” (' + cells + ' ô).';
    },
    skippedGone: function (count: string): string {
      return count + ' ô nằm trên trang đã bị xóa nên không khôi phục được.';
    },
    logNotSaved: 'Lưu ý: không lưu được nhật ký hoàn tác vào tệp (sổ có thể đang mở ở chế độ chỉ đọc); chỉ hoàn tác được cho tới khi đóng sổ.',
  },

  outcome: {
    cancelled: 'Đã hủy.',
    nothingWritten: 'Sổ không bị thay đổi.',
    written: function (sheets: string[]): string {
      return 'Đã ghi xong: trang ' + listOfSheets(sheets) + '.';
    },
    notWritten: function (sheets: string[]): string {
      return 'Chưa ghi: trang ' + listOfSheets(sheets) + '.';
    },
    generic: 'Có lỗi ngoài dự kiến nên việc này chưa làm xong. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ, đóng và mở lại Excel.',
    selectFailed: 'Không đến được ô này; có thể trang đã được đổi tên hoặc xóa. Hãy bấm “Kiểm tra dữ liệu” lại.',
    saveFailed: 'Không lưu được lựa chọn vào sổ; lựa chọn vẫn được dùng cho lần làm việc này.',
  },
};
