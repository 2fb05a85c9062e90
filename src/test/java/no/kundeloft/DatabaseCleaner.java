package no.kundeloft;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties the test database, for the few tests that must commit (concurrency). Every other test
 * rolls back, so "everything" is only what such a test wrote.
 */
@Component
public class DatabaseCleaner {

    private final JdbcTemplate jdbc;

    public DatabaseCleaner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void deleteAll() {
        jdbc.batchUpdate(
                "delete from account_plan_aud",
                "delete from budget_aud",
                "delete from calendar_feed_aud",
                "delete from contact_aud",
                "delete from customer_aud",
                "delete from deal_aud",
                "delete from deal_stage_aud",
                "delete from employee_aud",
                "delete from employee_served_team_aud",
                "delete from plan_objective_aud",
                "delete from plan_review_aud",
                "delete from plan_risk_aud",
                "delete from revenue_entry_aud",
                "delete from visit_aud",
                "delete from visit_contact_aud",
                "delete from task_aud",
                "delete from visit_participant_aud",
                "delete from change_revision_entity",
                "delete from change_revision",
                "delete from notification",
                "delete from recent_item",
                "delete from saved_view",
                "delete from external_busy",
                "delete from external_calendar",
                "delete from deal",
                "delete from task",
                "delete from stand_lead",
                "delete from lead_rule",
                "delete from lead_routing",
                "delete from stand_seller",
                "delete from stand",
                "delete from phone_integration",
                "delete from call_review_score",
                "delete from call_review",
                "delete from call_recording_chunk",
                "delete from call_recording",
                "delete from call_list_entry",
                "delete from call_target",
                "delete from board_address",
                "delete from call_list_team",
                "delete from call_list_caller",
                "delete from call_list_seller",
                "delete from call_list",
                "delete from visit_contact",
                "delete from visit_participant",
                "delete from visit",
                "delete from sign_in_attempt",
                "delete from calendar_feed",
                "delete from budget_month",
                "delete from budget",
                "delete from plan_whitespace",
                "delete from plan_review",
                "delete from plan_risk",
                "delete from plan_objective",
                "delete from account_plan",
                "delete from revenue_correction",
                "delete from credited_revenue",
                "delete from revenue_entry",
                "delete from customer_activity",
                "delete from contact",
                "delete from customer_ownership",
                "delete from customer",
                "delete from employee_served_team",
                "update division set director_id = null",
                "update department set manager_id = null",
                "update team set leader_id = null",
                "update employee set team_id = null",
                "delete from employee",
                "delete from team",
                "delete from department",
                "delete from division");
    }
}
