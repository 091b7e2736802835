-- Demo profile only: the agencies of Quảng Ngãi province as its 2024 CCHC plan (seed 001) names them.
-- Repeatable and idempotent: it runs again when edited, never duplicates a row, and never undoes a
-- later rename or merge (existing rows are left alone; delete ./data to reload from scratch).
insert into agency (code, name, short_name, kind)
values ('UBND-TINH', 'Ủy ban nhân dân tỉnh Quảng Ngãi', 'UBND tỉnh', 'PROVINCE_COMMITTEE')
on conflict (code) do nothing;

insert into agency (code, name, short_name, kind, parent_id)
select v.code, v.name, v.short_name, v.kind, (select id from agency where code = 'UBND-TINH')
from (values
    ('VP-UBND',  'Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng UBND tỉnh', 'DEPARTMENT'),
    ('SNV',      'Sở Nội vụ', 'SNV', 'DEPARTMENT'),
    ('STP',      'Sở Tư pháp', 'STP', 'DEPARTMENT'),
    ('SKHDT',    'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'DEPARTMENT'),
    ('STC',      'Sở Tài chính', 'STC', 'DEPARTMENT'),
    ('SCT',      'Sở Công Thương', 'SCT', 'DEPARTMENT'),
    ('SNNPTNT',  'Sở Nông nghiệp và Phát triển nông thôn', 'Sở NN&PTNT', 'DEPARTMENT'),
    ('SGTVT',    'Sở Giao thông vận tải', 'Sở GTVT', 'DEPARTMENT'),
    ('SXD',      'Sở Xây dựng', 'SXD', 'DEPARTMENT'),
    ('STNMT',    'Sở Tài nguyên và Môi trường', 'Sở TN&MT', 'DEPARTMENT'),
    ('STTTT',    'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'DEPARTMENT'),
    ('SLDTBXH',  'Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'DEPARTMENT'),
    ('SVHTTDL',  'Sở Văn hóa, Thể thao và Du lịch', 'Sở VH-TT&DL', 'DEPARTMENT'),
    ('SKHCN',    'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'DEPARTMENT'),
    ('SGDDT',    'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'DEPARTMENT'),
    ('SYT',      'Sở Y tế', 'SYT', 'DEPARTMENT'),
    ('SNGV',     'Sở Ngoại vụ', 'SNGV', 'DEPARTMENT'),
    ('TTR',      'Thanh tra tỉnh', 'Thanh tra tỉnh', 'DEPARTMENT'),
    ('BDT',      'Ban Dân tộc tỉnh', 'Ban Dân tộc', 'DEPARTMENT'),
    ('BQL-KKT',  'Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi', 'BQL KKT Dung Quất', 'DEPARTMENT'),
    ('CA-TINH',  'Công an tỉnh Quảng Ngãi', 'Công an tỉnh', 'CENTRAL_AGENCY'),
    ('CUC-THUE', 'Cục Thuế tỉnh Quảng Ngãi', 'Cục Thuế tỉnh', 'CENTRAL_AGENCY'),
    ('KBNN',     'Kho bạc Nhà nước Quảng Ngãi', 'Kho bạc Nhà nước tỉnh', 'CENTRAL_AGENCY'),
    ('BHXH',     'Bảo hiểm xã hội tỉnh Quảng Ngãi', 'BHXH tỉnh', 'CENTRAL_AGENCY'),
    ('CUC-HQ',   'Cục Hải quan tỉnh Quảng Ngãi', 'Cục Hải quan', 'CENTRAL_AGENCY'),
    ('CUC-TK',   'Cục Thống kê tỉnh Quảng Ngãi', 'Cục Thống kê', 'CENTRAL_AGENCY'),
    ('NHNN',     'Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Quảng Ngãi', 'NHNN chi nhánh tỉnh', 'CENTRAL_AGENCY'),
    ('VP-DDBQH-HDND', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'PROVINCIAL_BODY'),
    ('UBMTTQ',   'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi', 'Ủy ban MTTQ tỉnh', 'PROVINCIAL_BODY'),
    ('DAI-PTTH', 'Đài Phát thanh - Truyền hình Quảng Ngãi', 'Đài PT-TH Quảng Ngãi', 'PUBLIC_SERVICE_UNIT'),
    ('BAO-QN',   'Báo Quảng Ngãi', 'Báo Quảng Ngãi', 'PUBLIC_SERVICE_UNIT'),
    ('H-QNGAI',  'Ủy ban nhân dân thành phố Quảng Ngãi', 'UBND TP Quảng Ngãi', 'DISTRICT_COMMITTEE'),
    ('H-DUCPHO', 'Ủy ban nhân dân thị xã Đức Phổ', 'UBND TX Đức Phổ', 'DISTRICT_COMMITTEE'),
    ('H-BINHSON','Ủy ban nhân dân huyện Bình Sơn', 'UBND huyện Bình Sơn', 'DISTRICT_COMMITTEE'),
    ('H-SONTINH','Ủy ban nhân dân huyện Sơn Tịnh', 'UBND huyện Sơn Tịnh', 'DISTRICT_COMMITTEE'),
    ('H-TUNGHIA','Ủy ban nhân dân huyện Tư Nghĩa', 'UBND huyện Tư Nghĩa', 'DISTRICT_COMMITTEE'),
    ('H-NGHIAHANH','Ủy ban nhân dân huyện Nghĩa Hành', 'UBND huyện Nghĩa Hành', 'DISTRICT_COMMITTEE'),
    ('H-MODUC',  'Ủy ban nhân dân huyện Mộ Đức', 'UBND huyện Mộ Đức', 'DISTRICT_COMMITTEE'),
    ('H-MINHLONG','Ủy ban nhân dân huyện Minh Long', 'UBND huyện Minh Long', 'DISTRICT_COMMITTEE'),
    ('H-BATO',   'Ủy ban nhân dân huyện Ba Tơ', 'UBND huyện Ba Tơ', 'DISTRICT_COMMITTEE'),
    ('H-SONHA',  'Ủy ban nhân dân huyện Sơn Hà', 'UBND huyện Sơn Hà', 'DISTRICT_COMMITTEE'),
    ('H-SONTAY', 'Ủy ban nhân dân huyện Sơn Tây', 'UBND huyện Sơn Tây', 'DISTRICT_COMMITTEE'),
    ('H-TRABONG','Ủy ban nhân dân huyện Trà Bồng', 'UBND huyện Trà Bồng', 'DISTRICT_COMMITTEE'),
    ('H-LYSON',  'Ủy ban nhân dân huyện Lý Sơn', 'UBND huyện Lý Sơn', 'DISTRICT_COMMITTEE')
) as v (code, name, short_name, kind)
on conflict (code) do nothing;

-- Units (phòng) inside the agencies the demo accounts belong to.
insert into agency (code, name, short_name, kind, parent_id)
select v.code, v.name, v.short_name, 'INTERNAL_UNIT', (select id from agency where code = v.parent)
from (values
    ('SNV-CCHC', 'Phòng Cải cách hành chính', 'Phòng CCHC', 'SNV'),
    ('SNV-TCBM', 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ', 'Phòng TCBC', 'SNV'),
    ('STP-VP',   'Văn phòng Sở Tư pháp', 'Văn phòng Sở', 'STP'),
    ('STP-XDKT', 'Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật', 'Phòng XD&KTVB', 'STP'),
    ('STP-HCTP', 'Phòng Hành chính tư pháp', 'Phòng HCTP', 'STP'),
    ('VP-KSTT',  'Phòng Kiểm soát thủ tục hành chính', 'Phòng KSTTHC', 'VP-UBND'),
    ('BPC-HDND', 'Ban Pháp chế Hội đồng nhân dân tỉnh', 'Ban Pháp chế HĐND tỉnh', 'VP-DDBQH-HDND')
) as v (code, name, short_name, parent)
on conflict (code) do nothing;

-- Public service units under an agency.
insert into agency (code, name, short_name, kind, parent_id)
select v.code, v.name, v.short_name, 'PUBLIC_SERVICE_UNIT', (select id from agency where code = v.parent)
from (values
    ('VP-TTPVKS', 'Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh', 'Trung tâm Phục vụ - Kiểm soát TTHC tỉnh', 'VP-UBND')
) as v (code, name, short_name, parent)
on conflict (code) do nothing;
