package no.kundeloft.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.kundeloft.base.AbstractEntity;

/** A sales director's scope: a country and/or a sector. */
@Entity
public class Division extends AbstractEntity {

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false)
    private String name;

    @Size(max = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "director_id")
    private Employee director;

    protected Division() {}

    public Division(String name, String country, Sector sector) {
        this.name = name;
        this.country = country;
        this.sector = sector;
    }

    void update(String name, String country, Sector sector) {
        this.name = name;
        this.country = country;
        this.sector = sector;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public Sector getSector() {
        return sector;
    }

    public Employee getDirector() {
        return director;
    }

    public void setDirector(Employee director) {
        this.director = director;
    }
}
