-- Scales a demo database up for the report-page benchmark: every participant of the demo network
-- is copied :copies times (a new id, a new email so each copy is a person of her own, no account),
-- with her timeline (entries, leavings, matches) and her screenings with their ratings.
-- Processes, plans, forms and events stay the demo's own.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE clone_map AS
SELECT p."Id" AS src, gen_random_uuid() AS dst, n
FROM "Participants" p CROSS JOIN generate_series(1, :copies) AS n
WHERE p."Email" NOT LIKE 'bench%';

DO $$
DECLARE cols text; sel text;
BEGIN
  SELECT string_agg(format('%I', column_name), ', ' ORDER BY ordinal_position),
         string_agg(CASE column_name
                      WHEN 'Id' THEN 'm.dst'
                      WHEN 'Email' THEN '''bench'' || m.n || ''.'' || p."Email"'
                      WHEN 'UserId' THEN 'NULL'
                      WHEN 'ApplicationId' THEN 'NULL'
                      WHEN 'TargetGroupEvidenceId' THEN 'NULL'
                      ELSE 'p.' || format('%I', column_name) END, ', ' ORDER BY ordinal_position)
    INTO cols, sel
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'Participants';
  EXECUTE format('INSERT INTO "Participants" (%s) SELECT %s FROM clone_map m JOIN "Participants" p ON p."Id" = m.src', cols, sel);
END $$;

INSERT INTO "ParticipantTimeline" ("At", "ActorUserId", "Event", "FromStatus", "ToStatus", "Detail", "OwnerId", "ActorKind")
SELECT t."At", t."ActorUserId", t."Event", t."FromStatus", t."ToStatus", t."Detail", m.dst, t."ActorKind"
FROM clone_map m JOIN "ParticipantTimeline" t ON t."OwnerId" = m.src;

CREATE TEMP TABLE assessment_map AS
SELECT a."Id" AS src, gen_random_uuid() AS dst, m.dst AS participant
FROM clone_map m JOIN "Assessments" a ON a."ParticipantId" = m.src;

INSERT INTO "Assessments" ("Id", "OrganisationId", "ParticipantId", "TakenAt", "Mode", "CreatedAt", "UpdatedAt", "AssessedById", "CreatedById", "UpdatedById")
SELECT x.dst, a."OrganisationId", x.participant, a."TakenAt", a."Mode", a."CreatedAt", a."UpdatedAt", a."AssessedById", a."CreatedById", a."UpdatedById"
FROM assessment_map x JOIN "Assessments" a ON a."Id" = x.src;

INSERT INTO "AssessmentRatings" ("Indicator", "Score", "Note", "AssessmentId")
SELECT r."Indicator", r."Score", NULL, x.dst
FROM assessment_map x JOIN "AssessmentRatings" r ON r."AssessmentId" = x.src;
COMMIT;
ANALYZE;
