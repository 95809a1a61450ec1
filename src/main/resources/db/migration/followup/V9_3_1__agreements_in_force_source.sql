-- An indicator may count the framework agreements in force, read from the portfolio; it reads no
-- body's meetings. (Numbered after the portfolio's agreements, V9_3, which it reads.)
alter table plan_indicators
  drop constraint plan_indicators_source_check,
  drop constraint plan_indicators_check,
  add constraint plan_indicators_source_check check (source in (
    'MANUAL', 'BODY_ATTENDANCE', 'MEETINGS_HELD', 'MUNICIPALITY_ATTENDANCE', 'AGREEMENTS_IN_FORCE')),
  add constraint plan_indicators_body_check
    check (source in ('MANUAL', 'AGREEMENTS_IN_FORCE') or body_id is not null);
