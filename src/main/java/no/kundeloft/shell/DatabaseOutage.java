package no.kundeloft.shell;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (down, restarting, no connection to be had, a connection
 * broken mid-request: SQL state class 08, or a rollback that could not reach it) from other
 * failures.
 */
final class DatabaseOutage {

    private DatabaseOutage() {}

    static boolean causedThe(Throwable error) {
        return Failures.anyCause(error, DatabaseOutage::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable t) {
        boolean connectionLost =
                t instanceof SQLException sql
                                && sql.getSQLState() != null
                                && sql.getSQLState().startsWith("08")
                        // the connection died under a transaction, so not even its rollback reached
                        // the database
                        || t instanceof org.hibernate.TransactionException
                                && t.getCause() instanceof SQLException;
        return connectionLost
                || t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException
                || t instanceof SQLTransientConnectionException
                || t instanceof java.net.ConnectException
                || t instanceof org.hibernate.exception.JDBCConnectionException;
    }
}
