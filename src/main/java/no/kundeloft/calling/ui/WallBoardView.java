package no.kundeloft.calling.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import no.kundeloft.calling.CallBoardBroadcaster;
import no.kundeloft.calling.TeamBoard;
import no.kundeloft.calling.TeamBoardService;

/**
 * {@code /calls/wall/{token}}: today's team board for a wall screen, read with the address's token
 * alone (no sign-in, so no idle sign-out); it updates as calls are logged and loads itself afresh
 * every ten minutes. A turned-off address shows that it is off.
 */
@Route(value = "calls/wall/:token", autoLayout = false)
@AnonymousAllowed
public class WallBoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TeamBoardService boards;
    private final CallBoardBroadcaster broadcaster;
    private final H1 title = new H1();
    private final BoardTable table = new BoardTable();
    private final Paragraph off = new Paragraph();
    private String token;
    private Registration registration;

    public WallBoardView(TeamBoardService boards, CallBoardBroadcaster broadcaster) {
        this.boards = boards;
        this.broadcaster = broadcaster;
        addClassName("wall-board");
        title.setId("wall-title");
        off.setId("wall-off");
        off.addClassName("empty-state");
        add(title, table, off);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        refresh();
    }

    private void refresh() {
        Optional<TeamBoard> board = boards.wallBoard(token);
        table.setVisible(board.isPresent());
        off.setVisible(board.isEmpty());
        board.ifPresentOrElse(
                b -> {
                    title.setText(getTranslation("board.wallTitle", b.teamName()));
                    table.show(b);
                },
                () -> {
                    title.setText(getTranslation("board.title"));
                    off.setText(getTranslation("board.wallOff"));
                });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        registration =
                broadcaster.register(
                        sellerId -> {
                            if (table.shows(sellerId)) {
                                ui.access(this::refresh);
                            }
                        });
        // a fresh page every ten minutes: the session of a screen nobody touches would otherwise
        // end
        getElement().executeJs("setTimeout(() => location.reload(), 600000)");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title") + " – " + getTranslation("app.name");
    }
}
