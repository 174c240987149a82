-- One setting for the medical-major waiver of the work proof (issue 14): exam_session.work_proof_waived_for_medical,
-- which the session page edits and ProofRequirements reads. Until now submit read the WORK proof rule's own
-- waived_for_medical instead (the session's flag was stored but read by nothing), so where a session has a WORK rule
-- that flag is what its candidates got: carry it over. The per-rule flag then goes; it meant nothing for other proofs.
UPDATE exam_session SET work_proof_waived_for_medical = (
    SELECT r.waived_for_medical FROM proof_rule r WHERE r.session_id = exam_session.id AND r.kind = 'WORK')
WHERE id IN (SELECT session_id FROM proof_rule WHERE kind = 'WORK');
ALTER TABLE proof_rule DROP COLUMN waived_for_medical;
