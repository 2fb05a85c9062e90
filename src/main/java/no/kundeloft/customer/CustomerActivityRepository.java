package no.kundeloft.customer;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerActivityRepository extends JpaRepository<CustomerActivity, Long> {

    @Query("""
            select a from CustomerActivity a join fetch a.author left join fetch a.contact
            where a.customer.id = :customerId order by a.occurredAt desc, a.id desc""")
    Slice<CustomerActivity> findNewestFirst(Long customerId, Pageable pageable);
}
