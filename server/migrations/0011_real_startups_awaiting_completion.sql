-- The four start-ups of the seed article, as an earlier seed wrote them and never saved by
-- their teams since (`updated` is NULL), carry a pitch, a description, sectors and poles
-- that the article does not give. They keep what it gives, their names and that the campus
-- hosted them in January 2022; the rest is theirs to complete. What a start-up saved stays.
-- A new version, so that a draft based on the old one meets a conflict instead of writing
-- those texts back.
DELETE FROM startup_values
WHERE startup_slug IN (
    SELECT slug FROM startups
    WHERE sample = 0 AND updated IS NULL AND slug IN ('drdata', 'team-doc', 'posos', 'simforhealth')
);

UPDATE startups
SET pitch_fr = 'À compléter par la start-up.',
    pitch_en = 'To be completed by the start-up.',
    description_fr = 'Start-up accueillie sur PariSanté Campus en janvier 2022. '
        || 'Le reste de la fiche est à compléter par la start-up.',
    description_en = 'A start-up hosted at PariSanté Campus in January 2022. '
        || 'The rest of the profile is to be completed by the start-up.',
    version = version + 1
WHERE sample = 0 AND updated IS NULL AND slug IN ('drdata', 'team-doc', 'posos', 'simforhealth');
