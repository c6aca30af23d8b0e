package org.workingrecord.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {
    Optional<SchoolClass> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    List<SchoolClass> findByOwnerIdOrderByArchivedAscNameAsc(Long ownerId);

    int countByOwnerId(Long ownerId);

    List<SchoolClass> findByArchivedTrueAndArchivedAtBefore(Instant cutoff);

    /** Deleted in the database, their students and work with them (foreign keys cascade); how many went. */
    @Modifying
    @Query("delete from SchoolClass c where c.id = :id")
    int deleteOne(@Param("id") Long id);
}
