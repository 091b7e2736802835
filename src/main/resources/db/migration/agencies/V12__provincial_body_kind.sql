-- Bodies plans name that are neither departments nor committees: Văn phòng Đoàn ĐBQH và HĐND
-- tỉnh, Ủy ban MTTQ tỉnh, the socio-political organisations.
alter table agency drop constraint agency_kind_check;
alter table agency add constraint agency_kind_check check (kind in (
    'PROVINCE_COMMITTEE', 'DEPARTMENT', 'CENTRAL_AGENCY', 'DISTRICT_COMMITTEE', 'COMMUNE_COMMITTEE',
    'PUBLIC_SERVICE_UNIT', 'INTERNAL_UNIT', 'PROVINCIAL_BODY'));

alter table agency_group drop constraint agency_group_member_kind_check;
alter table agency_group add constraint agency_group_member_kind_check check (member_kind in (
    'PROVINCE_COMMITTEE', 'DEPARTMENT', 'CENTRAL_AGENCY', 'DISTRICT_COMMITTEE', 'COMMUNE_COMMITTEE',
    'PUBLIC_SERVICE_UNIT', 'INTERNAL_UNIT', 'PROVINCIAL_BODY'));
