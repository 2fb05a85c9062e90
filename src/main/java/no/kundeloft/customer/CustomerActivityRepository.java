package no.kundeloft.customer;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerActivityRepository extends JpaRepository<CustomerActivity, Long> {}
