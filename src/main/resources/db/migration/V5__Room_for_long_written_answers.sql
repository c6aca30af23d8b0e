-- A written answer may hold Answer.Open.MAX_CHARS (20,000) characters as typed; stored URL-encoded, a
-- character takes up to 9 (an accented or non-Latin letter is 2 or 3 bytes of UTF-8, each %XX).
alter table answer alter column value_text set data type varchar(200000);
