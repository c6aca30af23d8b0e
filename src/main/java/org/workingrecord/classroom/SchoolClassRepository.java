package org.workingrecord.classroom;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {
    Optional<SchoolClass> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    List<SchoolClass> findByOwnerIdOrderByArchivedAscNameAsc(Long ownerId);

    int countByOwnerId(Long ownerId);
}
