# Vietnamese: about half with diacritics, half typed without (lang "vi" for both).
# kind: a = settled health + unrelated ask, b = everyday no health, c = hospital as institution (non-clinical)
#       n = real health concern (none), u = urgent health concern in everyday words (none)
ROWS = [
    (
        "a",
        "vi",
        "Chào bác sĩ ạ! Dạo này đường huyết của em ổn định lắm rồi, sáng nào đo cũng tầm 6.0-6.3, em uống thuốc đều với tối nào cũng đi bộ, cảm ơn bác sĩ nhiều nhiều 🙏🙏. Em hỏi ngoài lề xíu, tháng sau ba mẹ em đi phỏng vấn visa thăm thân ở lãnh sự quán mà ba em hồi hộp quá, không biết người ta hay hỏi mấy câu gì để em dặn ông chuẩn bị trước ạ? Bác sĩ có kinh nghiệm gì chỉ em với, em cảm ơn ạ",
    ),
    (
        "a",
        "vi",
        "bac si oi huyet ap cua me e dao nay on lam roi, do o nha toan 120/80 thoi, ca nha mung lam. e muon hoi la thi bang lai xe o day phan ly thuyet co thi bang tieng viet dc k a, me e muon thi ma tieng anh yeu",
    ),
    (
        "a",
        "vi",
        "Dạ con chào cô y tá. Vết mổ của con lành hẳn rồi, hết đau luôn, cảm ơn cả khoa nhiều lắm ạ. Cô có biết nhà hàng tiệc cưới nào quanh đây chứa được tầm 200 khách mà giá mềm không ạ? Tháng 10 này con cưới 😊",
    ),
    (
        "a",
        "vi",
        "e het ho han roi nha bs, thuoc hieu qua lam 👍 tien hoi luon nau pho bo cho 10 nguoi an thi can bao nhieu kg xuong voi may cu hanh nuong vay bs, cuoi tuan nha e dai tiec",
    ),
    (
        "a",
        "vi",
        "Thưa bác sĩ, cholesterol của tôi xét nghiệm lại đã về mức bình thường, mừng quá. Nhân tiện cho tôi hỏi gửi tiền về Việt Nam thì qua Western Union với Remitly bên nào phí rẻ hơn ạ? Tôi gửi mỗi tháng 500 đô.",
    ),
    (
        "a",
        "vi",
        "chao bs, dau lung cua toi khoi han sau dot vat ly tri lieu, cam on nhieu. con gai toi dang lam ho so vao dai hoc, bai luan nen viet ve chu de gi thi duoc danh gia cao a? toi khong ranh may vu nay 😅",
    ),
    ("b", "vi", "cho em hỏi 1 lít bằng bao nhiêu ounce ạ"),
    (
        "b",
        "vi",
        "ai biet cho nao thay man hinh iphone bi be gia re gan khu nay k a, e lo lam rot dien thoai 😩",
    ),
    (
        "b",
        "vi",
        "Mọi người ơi giúp em viết cái email xin chủ nhà cho trả tiền thuê trễ 1 tuần được không, tiếng Anh em dở lắm 😢",
    ),
    ("b", "vi", "toi nay doi tuyen vn da may gio vay"),
    (
        "c",
        "vi",
        "Chào bệnh viện, em thấy trên mạng bệnh viện đang tuyển nhân viên phục vụ nhà ăn, em nộp đơn ở đâu ạ? Em có kinh nghiệm 3 năm làm nhà hàng.",
    ),
    ("c", "vi", "bai dau xe cua benh vien co cho dau qua dem k, ve thang bao nhieu tien vay a"),
    (
        "c",
        "vi",
        "Hôm thứ Năm tôi làm rơi cái ví màu nâu ở sảnh chờ tầng 1, có ai nhặt được không ạ? Trong đó có thẻ xanh với bằng lái của tôi 😭",
    ),
    (
        "c",
        "vi",
        "benh vien minh co lop hoc tieng anh mien phi cho nguoi nhap cu k a? nghe chi hang xom noi co ma e k biet dang ky o dau",
    ),
    (
        "u",
        "vi",
        "Tôi đang chạy đôn chạy đáo đặt nhà hàng cho đám cưới thằng con tháng sau, mà từ tối qua tới giờ ngực tôi cứ bị đè nặng như có cục đá, lan ra cánh tay trái, người vã mồ hôi, thở hơi hụt. Có sao không bác sĩ?",
    ),
    (
        "u",
        "vi",
        "ba noi em tu nay mieng bi meo qua mot ben, noi ngong ngong k ro chu, tay phai cam ly nuoc cung lam roi. ba 78 tuoi, moi an com xong con binh thuong. bac si oi e phai lam sao",
    ),
    (
        "u",
        "vi",
        "Con trai em 5 tuổi sốt 40 độ từ chiều, uống hạ sốt rồi mà không đỡ, giờ bé cứ lả đi, gọi không muốn mở mắt, tay chân lạnh ngắt. Em sợ quá bác sĩ ơi",
    ),
    (
        "u",
        "vi",
        "chao bs. dao nay em met moi lam, dem k ngu duoc, an cung k vo. nhieu luc e nghi gia ma minh ngu mot giac roi k day nua cung duoc, do phien ca nha. e k biet noi voi ai nen nhan o day",
    ),
    (
        "n",
        "vi",
        "Cảm ơn bác sĩ hôm trước khám kỹ cho em ạ. Nhưng mà từ thứ Ba tới giờ em bị tiêu chảy 5-6 lần một ngày, bụng quặn từng cơn, em có cần ngưng thuốc metformin không?",
    ),
    (
        "n",
        "vi",
        "bs oi tuan sau e phong van visa roi ma may hom nay mat trai e do au, chay nuoc mat, sang ngu day ghen dinh ca mi mo k ra. co lay k bs, e so vao phong van ma mat the nay thi ngai lam",
    ),
    (
        "n",
        "vi",
        "Mẹ tôi 82 tuổi, mấy hôm nay ăn ít hẳn, hay chóng mặt mỗi lần đứng dậy, đo huyết áp chỉ 95/60 trong khi bình thường bà toàn 130. Có cần đưa bà đi khám sớm không ạ?",
    ),
    (
        "n",
        "vi",
        "da noi man do khap nguoi ngua lam, tu hom thu 2 uong khang sinh bs ke. co phai di ung thuoc k a, co nen uong tiep k",
    ),
    (
        "n",
        "vi",
        "Đường huyết của em mấy hôm nay sáng nào cũng 14-15 mmol, khát nước liên tục, đi tiểu suốt đêm. Em vẫn chích insulin đúng liều như dặn.",
    ),
    (
        "n",
        "vi",
        "e dinh hoi bs cho nao hoc lai xe re ma thoi de sau, gio con gai e 7 tuoi keu dau tai trai tu hom qua, dem khoc quay, sot nhe 38 do. cho be kham tuan nay dc k bs",
    ),
    (
        "u",
        "vi",
        "Em nhổ răng khôn sáng nay mà máu chảy hoài không cầm, cắn hết mấy miếng gạc rồi vẫn ướt đẫm, giờ bắt đầu thấy choáng. Em đang uống thuốc loãng máu, bác sĩ ơi em phải làm sao?",
    ),
    (
        "n",
        "vi",
        "cam on bs da chinh lieu thuoc huyet ap thang truoc. nhung tu khi doi thuoc toi bi ho khan suot, dem ho k ngu duoc, co phai do thuoc k",
    ),
    (
        "n",
        "vi",
        "Dạ em bị đau rát khi đi tiểu 3 ngày nay, nước tiểu đục, hơi ê ê lưng dưới bên phải. Cảm ơn bác sĩ ạ 🙏",
    ),
    (
        "n",
        "vi",
        "gui bs, toi bi dau dau lien tuc 1 tuan nay, nhat la buoi sang, uong panadol k het. toi dang uong thuoc chong dong warfarin, k biet co lien quan k",
    ),
]
