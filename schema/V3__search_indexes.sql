-- Indexes for searching and listing cases at scale (measured on 100,000 cases: see issue 3, "Benchmark").

-- Every case list counts the cases the reader may see, usually within a governorate. With the
-- confidentiality and the id in the index (the restricted-case check needs both), that count is an
-- index-only scan instead of a read of every case row, narratives and all: 63 ms -> 6 ms for Baghdad's
-- 23,000 cases, 70 ms -> 12 ms for all of them. Its first column serves what the single-column index did.
CREATE INDEX violation_case_governorate_visible ON violation_case (governorate_code, confidentiality, id);
DROP INDEX violation_case_governorate;
