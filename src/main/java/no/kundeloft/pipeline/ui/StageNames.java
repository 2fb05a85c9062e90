package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.Component;
import no.kundeloft.pipeline.StageOption;

/** A stage's name as users read it: the built-in stages in their language, admins' own as typed. */
final class StageNames {

    private StageNames() {}

    static String of(Component where, StageOption stage) {
        return stage.code() == null ? stage.name() : where.getTranslation("stage." + stage.code());
    }
}
