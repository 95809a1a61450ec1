package se.kansli.eservices;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The officer_group_members table, and the group names the organisations' e-services use. */
@Repository
class GroupMembers {

  private final JdbcClient jdbc;

  GroupMembers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean isMember(OfficerGroup group, UUID user) {
    return jdbc.sql(
            """
            select exists (select 1 from officer_group_members
                            where organisation_id = ? and group_name = ? and user_id = ?)
            """)
        .params(group.organisation(), group.name(), user)
        .query(Boolean.class)
        .single();
  }

  List<UUID> members(OfficerGroup group) {
    return jdbc.sql(
            "select user_id from officer_group_members"
                + " where organisation_id = ? and group_name = ? order by added_at")
        .params(group.organisation(), group.name())
        .query(UUID.class)
        .list();
  }

  List<OfficerGroup> groupsOf(UUID user) {
    return jdbc.sql(
            "select organisation_id, group_name from officer_group_members where user_id = ?"
                + " order by organisation_id, group_name")
        .param(user)
        .query((rs, n) -> new OfficerGroup(rs.getString(1), rs.getString(2)))
        .list();
  }

  /**
   * Every group of the organisations: those their own e-services and the committee's switched on
   * for them name, those submissions were sent to, and those with members.
   */
  List<OfficerGroup> groupsIn(String[] organisations) {
    return jdbc.sql(
            """
            select organisation_id, officer_group from e_services where organisation_id = any (:orgs)
            union
            select a.municipality_id, e.officer_group
              from e_service_activations a join e_services e on e.id = a.e_service_id
             where a.municipality_id = any (:orgs)
            union
            select organisation_id, officer_group from e_service_submissions
             where organisation_id = any (:orgs)
            union
            select organisation_id, group_name from officer_group_members
             where organisation_id = any (:orgs)
            order by 1, 2
            """)
        .param("orgs", organisations)
        .query((rs, n) -> new OfficerGroup(rs.getString(1), rs.getString(2)))
        .list();
  }

  void add(OfficerGroup group, UUID user, Instant at, String by) {
    jdbc.sql(
            """
            insert into officer_group_members (organisation_id, group_name, user_id, added_at, added_by)
            values (?, ?, ?, ?, ?) on conflict do nothing
            """)
        .params(
            group.organisation(),
            group.name(),
            user,
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
            by)
        .update();
  }

  void remove(OfficerGroup group, UUID user) {
    jdbc.sql(
            "delete from officer_group_members"
                + " where organisation_id = ? and group_name = ? and user_id = ?")
        .params(group.organisation(), group.name(), user)
        .update();
  }
}
