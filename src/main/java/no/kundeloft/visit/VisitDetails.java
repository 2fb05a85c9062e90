package no.kundeloft.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import no.kundeloft.customer.Contact;
import no.kundeloft.task.TaskRow;

/** A visit as its page shows it, with what the current user may do with it. */
public record VisitDetails(
        VisitItem item,
        long version,
        String location,
        String videoLink,
        String agenda,
        String need,
        String bookedBy,
        String summary,
        VisitOutcome outcome,
        String debrief,
        List<Participant> participants,
        List<Attendee> contacts,
        List<FollowUpItem> followUps,
        Actions actions) {

    /** Someone from our side besides the host. */
    public record Participant(
            Long employeeId, String name, String role, ParticipantStatus status) {}

    /** A customer contact attending. */
    public record Attendee(Long contactId, String name, String title) {}

    /** A next step of the report, kept as a task. */
    public record FollowUpItem(
            Long taskId, String description, String ownerName, LocalDate dueDate, boolean done) {}

    /**
     * What the current user may do: edit, cancel and report as host; ask to join; answer requests;
     * debrief.
     */
    public record Actions(boolean edit, boolean requestToJoin, boolean answer, boolean debrief) {}

    static VisitDetails of(Visit visit, List<TaskRow> followUps, Actions actions) {
        return new VisitDetails(
                VisitItem.of(visit),
                visit.getVersion(),
                visit.getLocation(),
                visit.getVideoLink(),
                visit.getAgenda(),
                visit.getNeed(),
                visit.getBookedBy() == null ? null : visit.getBookedBy().getFullName(),
                visit.getSummary(),
                visit.getOutcome(),
                visit.getDebrief(),
                visit.getParticipants().stream()
                        .map(
                                p ->
                                        new Participant(
                                                p.getEmployee().getId(),
                                                p.getEmployee().getFullName(),
                                                p.getEmployee().getRole().name(),
                                                p.getStatus()))
                        .toList(),
                visit.getContacts().stream()
                        .sorted(Comparator.comparing(Contact::getFullName))
                        .map(c -> new Attendee(c.getId(), c.getFullName(), c.getTitle()))
                        .toList(),
                followUps.stream()
                        .map(
                                f ->
                                        new FollowUpItem(
                                                f.id(),
                                                f.description(),
                                                f.assigneeName(),
                                                f.dueDate(),
                                                f.done()))
                        .toList(),
                actions);
    }

    public Instant startsAt() {
        return item.startsAt();
    }
}
