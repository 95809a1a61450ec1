-- The answers' PDF is made after the submission has committed, so that the resident's receipt
-- (which needs only the case) does not wait for it. A submission whose PDF is not filed yet is
-- found here, also after a restart.
alter table e_service_submissions add column answers_pdf_pending boolean not null default false;
create index e_service_submissions_pdf_pending on e_service_submissions (submitted_at)
  where answers_pdf_pending;
