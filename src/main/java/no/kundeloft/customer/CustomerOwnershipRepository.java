package no.kundeloft.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerOwnershipRepository extends JpaRepository<CustomerOwnership, Long> {

    @Query(
            """
            select o from CustomerOwnership o join fetch o.owner
            where o.customer.id = :customerId order by o.validFrom desc""")
    List<CustomerOwnership> findByCustomerId(Long customerId);

    @Query(
            "select o from CustomerOwnership o where o.customer.id = :customerId and o.validTo is null")
    Optional<CustomerOwnership> findCurrent(Long customerId);
}
