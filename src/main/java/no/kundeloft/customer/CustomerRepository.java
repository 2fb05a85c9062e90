package no.kundeloft.customer;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    /** The owner comes in the same query, so a grid page is one select (plus its count). */
    @Override
    @EntityGraph(attributePaths = "owner")
    Page<Customer> findAll(Specification<Customer> spec, Pageable pageable);

    /** Customers per owner, not counting lost ones: rows of (owner id, count). */
    @Query("""
            select c.owner.id, count(c) from Customer c
            where c.owner.id in :ownerIds and c.status <> no.kundeloft.customer.CustomerStatus.LOST
            group by c.owner.id""")
    List<Object[]> countActivePortfolios(Collection<Long> ownerIds);

    boolean existsByOrgNumber(String orgNumber);
}
