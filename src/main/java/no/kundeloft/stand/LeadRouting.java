package no.kundeloft.stand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.kundeloft.calling.CallList;
import no.kundeloft.organisation.Employee;

/**
 * Where a stand team's leads go when no rule takes them: round robin over the department's account
 * managers, or a call list.
 */
@Entity
@Table(name = "lead_routing")
public class LeadRouting {

    public enum Fallback {
        ROUND_ROBIN,
        CALL_LIST
    }

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Version private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Fallback fallback = Fallback.ROUND_ROBIN;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "call_list_id")
    private CallList callList;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "last_seller_id")
    private Employee lastSeller;

    protected LeadRouting() {}

    LeadRouting(Long teamId) {
        this.teamId = teamId;
    }

    void set(Fallback fallback, CallList callList) {
        this.fallback = fallback;
        this.callList = fallback == Fallback.CALL_LIST ? callList : null;
    }

    void lastGivenTo(Employee seller) {
        this.lastSeller = seller;
    }

    public Fallback getFallback() {
        return fallback;
    }

    public CallList getCallList() {
        return callList;
    }

    public Employee getLastSeller() {
        return lastSeller;
    }
}
