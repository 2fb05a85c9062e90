package no.kundeloft.history;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ChangeRevisionRepository
        extends JpaRepository<ChangeRevision, Long>, JpaSpecificationExecutor<ChangeRevision> {}
