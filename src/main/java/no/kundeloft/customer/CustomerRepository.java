package no.kundeloft.customer;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.organisation.RecordScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository
        extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    /** The owner comes in the same query, so a grid page is one select (plus its count). */
    @Override
    @EntityGraph(attributePaths = "owner")
    Page<Customer> findAll(Specification<Customer> spec, Pageable pageable);

    /** The customer if the scope holds it; otherwise "not found", exactly as for a missing id. */
    default Customer requireInScope(RecordScope scope, Long id) {
        return findOne(CustomerSpecifications.inScope(scope).and(CustomerSpecifications.hasId(id)))
                .orElseThrow(() -> new NotFoundException("Customer", id));
    }

    /**
     * The customer, locked until the transaction ends, so two saves of the same customer run one
     * after the other and the second sees the first one's version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Customer c where c.id = :id")
    Optional<Customer> lockById(Long id);

    boolean existsByOrgNumber(String orgNumber);

    @Query("select c.orgNumber from Customer c where c.orgNumber in :numbers")
    List<String> findExistingOrgNumbers(Collection<String> numbers);

    /** The customers with these organisation numbers, their owners fetched to check scope. */
    @Query("select c from Customer c join fetch c.owner where c.orgNumber in :numbers")
    List<Customer> findByOrgNumbers(Collection<String> numbers);

    /** The customers with these names (lower case), their owners fetched to check scope. */
    @Query("select c from Customer c join fetch c.owner where lower(c.name) in :names")
    List<Customer> findByLowerNames(Collection<String> names);

    /** Each owner's portfolio (lost customers not counted), in one grouped query. */
    @Query(
            "select new no.kundeloft.customer.PortfolioSize(c.owner.id, count(c)) from Customer c"
                    + " where c.owner.id in :ownerIds and c.status <>"
                    + " no.kundeloft.customer.CustomerStatus.LOST group by c.owner.id")
    List<PortfolioSize> portfolioSizes(Collection<Long> ownerIds);

    /** The size of an employee's portfolio: customers owned, lost ones not counted. */
    @Query(
            "select count(c) from Customer c where c.owner.id = :ownerId and c.status <> no.kundeloft.customer.CustomerStatus.LOST")
    long countPortfolio(Long ownerId);

    long countByOwnerId(Long ownerId);

    @Query("select c from Customer c where c.owner.id = :ownerId order by c.name")
    List<Customer> findByOwnerId(Long ownerId);
}
