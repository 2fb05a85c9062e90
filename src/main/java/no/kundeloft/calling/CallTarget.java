package no.kundeloft.calling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A team's daily activity targets per seller: calls, conversations, meetings booked and orders. */
@Entity
@Table(name = "call_target")
public class CallTarget {

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Version private long version;

    private int calls;
    private int conversations;
    private int meetings;
    private int orders;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CallTarget() {}

    CallTarget(Long teamId) {
        this.teamId = teamId;
    }

    void set(Targets targets, String by, Instant at) {
        this.calls = targets.calls();
        this.conversations = targets.conversations();
        this.meetings = targets.meetings();
        this.orders = targets.orders();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Targets targets() {
        return new Targets(calls, conversations, meetings, orders);
    }

    public long getVersion() {
        return version;
    }
}
