/**
 * Syllables that party registers use again and again: family, middle and given names, the words of
 * headers, categories and meeting records, place words. A decoded legacy word found here is strong
 * evidence that the decoding is right ("Nguyeãn" -> "Nguyễn"); a word of the original found here is
 * evidence against decoding it ("Lê" stays "Lê", not TCVN3 "Lờ").
 */
import { toNfc } from './normalize';

const WORDS =
  // family names
  'nguyễn trần lê phạm hoàng huỳnh vũ võ đặng bùi đỗ hồ ngô dương lý phan trịnh đinh lưu tạ lương ' +
  'mai đào cao tô hà văn kiều chu lâm mạc đoàn vương thái tăng quách la triệu khúc hứa ' +
  // middle and given names
  'thị văn hữu đức minh thanh quang công mạnh xuân trọng đình tiến ngọc thu hồng phương thùy thủy thuỷ ' +
  'hùng dũng tuấn thắng cường hải long nam sơn tùng quân trung hiếu khánh phong đạt hưng bình thành toàn ' +
  'kiên tâm vinh huy việt duy thịnh hương lan hoa linh hằng thảo trang yến nhung vân hạnh huyền nga ' +
  'oanh dung loan giang liên anh bảo chí hiền hòa hoà hậu hiệp khoa lộc nhân phúc quốc quý sang tài thảo ' +
  'thơ tú tuyết uyên xuyên yên ánh châu diệp diệu điệp hạ hoài khải khang kim lệ lực nghĩa nhàn phượng ' +
  'sáu tư tín trâm trinh tuệ tường vy ' +
  // register, header and category words
  'đảng viên chi bộ ủy uỷ ban danh sách họ tên ngày tháng năm sinh giới tính nữ dân tộc kinh tày mường ' +
  'nùng thái tôn giáo không phật thiên chúa quê quán trú nơi vào chính thức dự bị thẻ số lý luận trị ' +
  'cao cấp trung sơ đại học thạc sĩ sỹ tiến cử kỹ sư bác đẳng trình độ chuyên môn nghiệp vụ ngoại ngữ ' +
  'tin chức đoàn thể xếp loại hoàn nhiệm tốt xuất sắc ghi chú miễn hoạt chuyển đến đi từ trần xóa khai ' +
  'trừ xin ra khỏi thường kỳ đề bất kết hợp có mặt vắng lý do tổng cộng nghị quyết luận chủ trì thư ký ' +
  'giờ bắt đầu thúc nội dung phó bí cấp trên dự hình thức buổi quý lần đồng chí cán công nhân ' +
  'người lao động trường khoa phòng sở ban văn tổ hành chính kế toán tài vụ phụ trách trưởng giám đốc đơn vị ' +
  'báo cáo kết quả kỳ sơ tổng hội nghị đại biểu thông tin nhiệm kỳ ' +
  // places and addresses
  'hà nội thành phố hồ tỉnh huyện quận xã phường thị trấn thôn xóm ấp đường phố số nhà vĩnh phúc yên ' +
  'lạc tam dương đảo lập thạch sông lô phúc thọ bắc nam đông tây trung hải phòng đà nẵng cần thơ huế ' +
  'nghệ an thanh hóa hoá ninh bình định quảng ngãi trị tĩnh';

let table: { [w: string]: true } | null = null;

/** True when the lower-case syllable `w` is one of the common register words. */
export function isCommonSyllable(w: string): boolean {
  if (!table) {
    const t: { [w: string]: true } = {};
    const list = toNfc(WORDS).split(' ');
    for (let i = 0; i < list.length; i++) if (list[i]) t[list[i]] = true;
    table = t;
  }
  return table[w.toLowerCase()] === true;
}
