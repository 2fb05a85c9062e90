package no.kundeloft.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.KaribuTest;
import org.junit.jupiter.api.Test;

class SpreadsheetUploadTest extends KaribuTest {

    private static final int LIMIT = 2 * 1024 * 1024;

    private final List<String> received = new ArrayList<>();
    private final List<Path> handedOver = new ArrayList<>();

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UploadEvent upload(int bytes, long declaredSize) throws IOException {
        Upload upload = SpreadsheetUpload.create((name, file) -> received.add(name));
        UI.getCurrent().add(upload);
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(new ByteArrayInputStream(new byte[bytes]));
        UploadEvent event =
                new UploadEvent(
                        request,
                        mock(VaadinResponse.class),
                        VaadinSession.getCurrent(),
                        "kunder.csv",
                        declaredSize,
                        "text/csv",
                        upload.getElement(),
                        null);
        SpreadsheetUpload.handler(
                        LIMIT,
                        (name, file) -> {
                            received.add(name + ":" + size(file));
                            handedOver.add(file);
                        })
                .handleUploadRequest(event);
        MockVaadin.clientRoundtrip(false);
        return event;
    }

    @Test
    void a_file_within_the_limit_is_handed_over_on_disk_and_deleted_after() throws IOException {
        UploadEvent event = upload(LIMIT, -1);
        assertThat(event.isRejected()).isFalse();
        assertThat(received).containsExactly("kunder.csv:" + LIMIT);
        assertThat(handedOver).singleElement().satisfies(file -> assertThat(file).doesNotExist());
    }

    @Test
    void a_file_over_the_limit_is_refused_while_it_arrives_even_when_its_size_is_not_declared()
            throws IOException {
        UploadEvent event = upload(LIMIT + 1, -1);
        assertThat(event.isRejected()).isTrue();
        assertThat(received).isEmpty();
        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .isEqualTo(
                        "The file is larger than 2 MB and was not read. Split it into smaller files.");
    }

    @Test
    void a_file_declared_too_large_is_not_read_at_all() throws IOException {
        UploadEvent event = upload(10, LIMIT + 1L);
        assertThat(event.isRejected()).isTrue();
        assertThat(received).isEmpty();
    }
}
