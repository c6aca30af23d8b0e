package org.workingrecord.authoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuthoredSourceRepository extends JpaRepository<AuthoredSource, Long> {

    List<AuthoredSource> findByOwnerIdOrSharedTrueOrderByTitleAsc(Long ownerId);

    boolean existsByPackId(String packId);

    Optional<AuthoredSource> findByPackId(String packId);

    int countByOwnerId(Long ownerId);
}
