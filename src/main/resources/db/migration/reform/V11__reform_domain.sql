-- The seven reform domains of the national programme 2021–2030 (Nghị quyết 76/NQ-CP).
-- Codes are stable: the API and the importers use them.
create table reform_domain (
    code     varchar(30)  primary key,
    position int          not null unique,
    name_vi  varchar(200) not null,
    name_en  varchar(200) not null
);

insert into reform_domain (code, position, name_vi, name_en)
values ('CHI_DAO_DIEU_HANH', 1, 'Công tác chỉ đạo, điều hành', 'Direction and management'),
       ('THE_CHE', 2, 'Cải cách thể chế', 'Institutional reform'),
       ('TTHC', 3, 'Cải cách thủ tục hành chính', 'Administrative procedure reform'),
       ('TO_CHUC_BO_MAY', 4, 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Reform of the state administrative apparatus'),
       ('CONG_VU', 5, 'Cải cách chế độ công vụ', 'Civil service reform'),
       ('TAI_CHINH_CONG', 6, 'Cải cách tài chính công', 'Public finance reform'),
       ('CHINH_PHU_SO', 7, 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
        'E-government and digital government');
