package no.kundeloft.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

    @Query(
            "select c from Contact c where c.customer.id = :customerId order by c.primary desc, c.fullName")
    List<Contact> findByCustomerId(Long customerId);
}
