package no.kundeloft.visit.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import no.kundeloft.visit.VisitDetails;
import no.kundeloft.visit.VisitQueries;
import no.kundeloft.visit.VisitService;

/**
 * Opens the visit dialog for each way a visit is planned or changed, titled as the button that
 * opened it ("Plan a visit", or "Book a visit" for a meeting booker).
 */
@SpringComponent
public class VisitDialogs {

    private final VisitService visits;
    private final VisitQueries queries;
    private final CustomerService customers;
    private final CurrentUser currentUser;

    VisitDialogs(
            VisitService visits,
            VisitQueries queries,
            CustomerService customers,
            CurrentUser currentUser) {
        this.visits = visits;
        this.queries = queries;
        this.customers = customers;
        this.currentUser = currentUser;
    }

    /** The label of the button that plans a visit, and the title of the dialog it opens. */
    public String planKey() {
        return isBooker(currentUser.require()) ? "visits.book" : "visits.plan";
    }

    /** A new visit starting at {@code start}, the customer chosen in the dialog. */
    public void plan(LocalDateTime start, Consumer<VisitDetails> saved) {
        open(null, new VisitDialog.Preset(start, null, null), saved);
    }

    /** A new visit at a customer, tomorrow at ten unless moved. */
    public void planAt(Long customerId, String customerName, Consumer<VisitDetails> saved) {
        LocalDateTime tomorrow = queries.today().plusDays(1).atTime(10, 0);
        open(null, new VisitDialog.Preset(tomorrow, customerId, customerName), saved);
    }

    /** Changes a planned visit (its host only). */
    public void change(VisitDetails visit, Consumer<VisitDetails> saved) {
        open(visit, VisitDialog.Preset.NONE, saved);
    }

    private void open(
            VisitDetails existing, VisitDialog.Preset preset, Consumer<VisitDetails> saved) {
        KundeloftUser user = currentUser.require();
        boolean booker = existing == null && isBooker(user);
        new VisitDialog(
                        new VisitDialog.Services(visits, queries, customers),
                        new VisitDialog.Opening(
                                existing == null ? planKey() : "visit.change",
                                existing,
                                preset,
                                user.employeeId(),
                                booker),
                        saved)
                .open();
    }

    private static boolean isBooker(KundeloftUser user) {
        return user.role() == SalesRole.MEETING_BOOKER;
    }
}
