-- Demo profile only: the other names plans use for the Quảng Ngãi agencies.
insert into agency_alias (agency_id, alias)
select a.id, v.alias
from (values
    ('UBND-TINH', 'UBND tỉnh Quảng Ngãi'), ('UBND-TINH', 'Ủy ban nhân dân tỉnh'),
    ('VP-UBND', 'Văn phòng UBND tỉnh'), ('VP-UBND', 'VP UBND tỉnh'),
    ('SKHDT', 'Sở Kế hoạch - Đầu tư'), ('SKHDT', 'Sở KH và ĐT'),
    ('STTTT', 'Sở Thông tin - Truyền thông'), ('STTTT', 'Sở TTTT'),
    ('SLDTBXH', 'Sở Lao động, Thương binh và Xã hội'), ('SLDTBXH', 'Sở LĐTBXH'),
    ('SVHTTDL', 'Sở Văn hóa - Thể thao và Du lịch'), ('SVHTTDL', 'Sở VHTTDL'),
    ('SNNPTNT', 'Sở Nông nghiệp - Phát triển nông thôn'), ('SNNPTNT', 'Sở NNPTNT'),
    ('STNMT', 'Sở Tài nguyên - Môi trường'), ('STNMT', 'Sở TNMT'),
    ('SGDDT', 'Sở GDĐT'), ('SKHCN', 'Sở KHCN'), ('SGTVT', 'Sở Giao thông - Vận tải'),
    ('CA-TINH', 'Công an tỉnh'), ('CUC-THUE', 'Cục Thuế'), ('KBNN', 'Kho bạc Nhà nước tỉnh'),
    ('BHXH', 'Bảo hiểm xã hội tỉnh'), ('BQL-KKT', 'Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi'),
    ('DAI-PTTH', 'Đài Phát thanh và Truyền hình tỉnh'), ('VP-DDBQH-HDND', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh'),
    ('VP-TTPVKS', 'Trung tâm Phục vụ hành chính công tỉnh'),
    ('UBMTTQ', 'Ủy ban MTTQ Việt Nam tỉnh')
) as v (code, alias)
join agency a on a.code = v.code
on conflict do nothing;
