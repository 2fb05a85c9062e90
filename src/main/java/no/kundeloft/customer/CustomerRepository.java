package no.kundeloft.customer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    /** The owner comes in the same query, so a grid page is one select (plus its count). */
    @Override
    @EntityGraph(attributePaths = "owner")
    Page<Customer> findAll(Specification<Customer> spec, Pageable pageable);

    boolean existsByOrgNumber(String orgNumber);

}
