package no.kundeloft.customer;

import no.kundeloft.base.Problem;
import no.kundeloft.base.RefusedException;

/** A merge of two customers or two contacts that cannot be done; nothing was changed. */
public class MergeRefusedException extends RefusedException {

    public MergeRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    MergeRefusedException(Problem problem) {
        super(problem.messageKey(), problem.arguments());
    }
}
