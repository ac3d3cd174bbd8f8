-- The version of the seed a part was loaded from (its content hash), for the parts that
-- follow their seed (the campus facts): a database whose campus facts came from an older
-- seed (NULL here) has them rewritten from the current one when the server starts.
ALTER TABLE seeded ADD COLUMN version TEXT;
