-- Diacritic-insensitive, typo-tolerant search: "so noi vu" finds "Sở Nội vụ".
-- Both extensions are trusted (PostgreSQL 13+): the database owner may create them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), so it cannot back an index. This
-- wrapper pins the dictionary and is declared IMMUTABLE; it also lower-cases and folds đ/Đ.
create or replace function search_fold(text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, replace(replace($1, 'đ', 'd'), 'Đ', 'D'))) $$;
