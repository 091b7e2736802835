-- Demo profile only: how Quảng Ngãi's agencies changed in 2025, recorded as events so that 2024
-- plans keep their 2024 names. Simplified for the demo (Kon Tum's own agencies, merged into the
-- province on 1/7/2025, are not listed); check real decisions before relying on it.
-- Runs once: the whole script is skipped when the demo events are already there.
do $$
declare
    dept_decision constant text := 'Nghị quyết của HĐND tỉnh về thành lập, tổ chức lại các cơ quan chuyên môn thuộc UBND tỉnh (dữ liệu minh họa)';
    local_decision constant text := 'Luật Tổ chức chính quyền địa phương năm 2025: tổ chức chính quyền địa phương hai cấp (dữ liệu minh họa)';
    event_id bigint;
    merge record;
    commune record;
begin
    if exists (select 1 from agency_event where decision = dept_decision) then
        return;
    end if;

    -- 1/3/2025: departments merged; the successor keeps or takes the name.
    insert into agency (code, name, short_name, kind, parent_id, valid_from, name_since)
    values ('SNNMT', 'Sở Nông nghiệp và Môi trường', 'Sở NN&MT', 'DEPARTMENT',
            (select id from agency where code = 'UBND-TINH'), date '2025-03-01', date '2025-03-01')
    on conflict (code) do nothing;

    for merge in
        select * from (values
            ('SNV', array['SNV', 'SLDTBXH']), ('STC', array['STC', 'SKHDT']), ('SNNMT', array['SNNPTNT', 'STNMT']),
            ('SKHCN', array['SKHCN', 'STTTT']), ('SXD', array['SXD', 'SGTVT']), ('VP-UBND', array['VP-UBND', 'SNGV'])
        ) as m (successor, predecessors)
    loop
        insert into agency_event (type, effective_date, decision, recorded_by)
        values ('MERGE', date '2025-03-01', dept_decision, 'demo') returning id into event_id;
        insert into agency_event_party (event_id, agency_id, role)
        select event_id, id, 'PREDECESSOR' from agency where code = any (merge.predecessors);
        insert into agency_event_party (event_id, agency_id, role)
        select event_id, id, 'SUCCESSOR' from agency where code = merge.successor;
        update agency set valid_to = date '2025-03-01'
        where code = any (merge.predecessors) and code <> merge.successor;
    end loop;

    -- 1/3/2025: Ban Dân tộc becomes Sở Dân tộc và Tôn giáo.
    insert into agency_former_name (agency_id, name, short_name, valid_from, valid_to)
    select id, name, short_name, name_since, date '2025-03-01' from agency where code = 'BDT';
    insert into agency_alias (agency_id, alias) select id, name from agency where code = 'BDT' on conflict do nothing;
    update agency set name = 'Sở Dân tộc và Tôn giáo', short_name = 'Sở DT&TG', name_since = date '2025-03-01'
    where code = 'BDT';
    insert into agency_event (type, effective_date, decision, recorded_by)
    values ('RENAME', date '2025-03-01', dept_decision, 'demo') returning id into event_id;
    insert into agency_event_party (event_id, agency_id, role) select event_id, id, 'SUBJECT' from agency where code = 'BDT';

    -- 1/7/2025: the district level is abolished.
    insert into agency_event (type, effective_date, decision, recorded_by, note)
    values ('DISSOLVE', date '2025-07-01', local_decision, 'demo', 'Kết thúc hoạt động của UBND cấp huyện')
    returning id into event_id;
    insert into agency_event_party (event_id, agency_id, role)
    select event_id, id, 'SUBJECT' from agency where kind = 'DISTRICT_COMMITTEE' and valid_to is null;
    update agency set valid_to = date '2025-07-01' where kind = 'DISTRICT_COMMITTEE' and valid_to is null;

    -- 1/7/2025: the new communes and wards (a selection) start.
    insert into agency_event (type, effective_date, decision, recorded_by, note)
    values ('ESTABLISH', date '2025-07-01', local_decision, 'demo', 'Các xã, phường, đặc khu sau sắp xếp')
    returning id into event_id;
    for commune in
        select * from (values
            ('X-TRUONGQUANGTRONG', 'phường Trương Quang Trọng'), ('X-CAMTHANH', 'phường Cẩm Thành'),
            ('X-NGHIALO', 'phường Nghĩa Lộ'), ('X-TRACAU', 'phường Trà Câu'), ('X-DUCPHO', 'phường Đức Phổ'),
            ('X-SAHUYNH', 'phường Sa Huỳnh'), ('X-KONTUM', 'phường Kon Tum'), ('X-DAKCAM', 'phường Đăk Cấm'),
            ('X-DAKBLA', 'phường Đăk Bla'), ('X-LYSON', 'đặc khu Lý Sơn'), ('X-BINHSON', 'xã Bình Sơn'),
            ('X-VANTUONG', 'xã Vạn Tường'), ('X-DONGSON', 'xã Đông Sơn'), ('X-BINHMINH', 'xã Bình Minh'),
            ('X-BINHCHUONG', 'xã Bình Chương'), ('X-SONTINH', 'xã Sơn Tịnh'), ('X-THOPHONG', 'xã Thọ Phong'),
            ('X-TUNGHIA', 'xã Tư Nghĩa'), ('X-VEGIANG', 'xã Vệ Giang'), ('X-NGHIAHANH', 'xã Nghĩa Hành'),
            ('X-MODUC', 'xã Mộ Đức'), ('X-MINHLONG', 'xã Minh Long'), ('X-BATO', 'xã Ba Tơ'),
            ('X-SONHA', 'xã Sơn Hà'), ('X-SONTAY', 'xã Sơn Tây'), ('X-TRABONG', 'xã Trà Bồng'),
            ('X-DAKHA', 'xã Đăk Hà'), ('X-DAKTO', 'xã Đăk Tô'), ('X-SATHAY', 'xã Sa Thầy'), ('X-KONPLONG', 'xã Kon Plông')
        ) as c (code, place)
    loop
        insert into agency (code, name, short_name, kind, parent_id, valid_from, name_since)
        values (commune.code, 'Ủy ban nhân dân ' || commune.place, 'UBND ' || commune.place, 'COMMUNE_COMMITTEE',
                (select id from agency where code = 'UBND-TINH'), date '2025-07-01', date '2025-07-01')
        on conflict (code) do nothing;
        insert into agency_event_party (event_id, agency_id, role)
        select event_id, id, 'SUBJECT' from agency where code = commune.code;
    end loop;
end
$$;
