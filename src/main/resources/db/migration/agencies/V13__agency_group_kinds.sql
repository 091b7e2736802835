-- A group may mean every agency of several kinds ("UBND các cấp"), so kinds get their own table.
create table agency_group_kind (
    group_id bigint      not null references agency_group (id) on delete cascade,
    kind     varchar(40) not null check (kind in ('PROVINCE_COMMITTEE', 'DEPARTMENT', 'CENTRAL_AGENCY',
                                                  'DISTRICT_COMMITTEE', 'COMMUNE_COMMITTEE',
                                                  'PUBLIC_SERVICE_UNIT', 'INTERNAL_UNIT', 'PROVINCIAL_BODY')),
    primary key (group_id, kind)
);

insert into agency_group_kind (group_id, kind) select id, member_kind from agency_group where member_kind is not null;
alter table agency_group drop column member_kind;

-- The other groups the seed plans name (the resolver's vocabulary knows how they are written).
insert into agency_group (code, name, description)
values ('RELATED_DEPARTMENTS', 'Các sở, ban, ngành có liên quan',
        'Không có danh sách cố định: các sở liên quan đến từng nhiệm vụ'),
       ('LOCAL_COMMITTEES', 'UBND các cấp', 'UBND tỉnh, UBND cấp huyện (đến 30/6/2025) và UBND cấp xã'),
       ('AGENCIES_AND_LOCALITIES', 'Các cơ quan, đơn vị, địa phương',
        'Các sở, ban, ngành và UBND các huyện, xã'),
       ('STATE_ADMINISTRATIVE_AGENCIES', 'Các cơ quan hành chính nhà nước',
        'UBND các cấp và các cơ quan chuyên môn'),
       ('PROVINCIAL_PUBLIC_SERVICE_UNITS', 'Các đơn vị sự nghiệp công lập thuộc UBND tỉnh', null),
       ('INSPECTED_AGENCIES', 'Các cơ quan, đơn vị được kiểm tra',
        'Không có danh sách cố định: theo kế hoạch kiểm tra'),
       ('PUBLIC_VOCATIONAL_SCHOOLS', 'Các cơ sở giáo dục nghề nghiệp công lập',
        'Danh sách thành viên do quản trị hệ thống cập nhật');

insert into agency_group_kind (group_id, kind)
select g.id, k.kind
from agency_group g
join (values
    ('LOCAL_COMMITTEES', 'PROVINCE_COMMITTEE'), ('LOCAL_COMMITTEES', 'DISTRICT_COMMITTEE'),
    ('LOCAL_COMMITTEES', 'COMMUNE_COMMITTEE'),
    ('AGENCIES_AND_LOCALITIES', 'DEPARTMENT'), ('AGENCIES_AND_LOCALITIES', 'DISTRICT_COMMITTEE'),
    ('AGENCIES_AND_LOCALITIES', 'COMMUNE_COMMITTEE'),
    ('STATE_ADMINISTRATIVE_AGENCIES', 'PROVINCE_COMMITTEE'), ('STATE_ADMINISTRATIVE_AGENCIES', 'DEPARTMENT'),
    ('STATE_ADMINISTRATIVE_AGENCIES', 'DISTRICT_COMMITTEE'), ('STATE_ADMINISTRATIVE_AGENCIES', 'COMMUNE_COMMITTEE'),
    ('PROVINCIAL_PUBLIC_SERVICE_UNITS', 'PUBLIC_SERVICE_UNIT')
) as k (code, kind) on k.code = g.code;
