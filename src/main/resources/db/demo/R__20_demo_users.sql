-- Demo profile only: one account per role, password "cchc-demo" (bcrypt). Never in production.
-- "do nothing" keeps whatever a demo user changed since.
insert into user_account (username, password_hash, full_name, role, agency_id)
select v.username, '{bcrypt}$2a$10$YATkzbilEt1I9LCCm7hHo./t6aq2S4bAA2P26BrnGTvGiQ8D4D2Fu', v.full_name, v.role,
       (select id from agency where code = v.agency)
from (values
    ('admin',   'Quản trị hệ thống', 'ADMIN', null),
    ('planner', 'Nguyễn Thị Lan', 'PLANNER', 'SNV'),
    ('head',    'Trần Văn Hùng', 'AGENCY_HEAD', 'STP'),
    ('officer', 'Lê Thị Mai', 'OFFICER', 'STP'),
    ('leader',  'Phạm Minh Quang', 'LEADER', 'UBND-TINH')
) as v (username, full_name, role, agency)
on conflict ((lower(username))) do nothing;
