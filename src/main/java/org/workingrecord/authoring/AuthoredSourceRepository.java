package org.workingrecord.authoring;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuthoredSourceRepository extends JpaRepository<AuthoredSource, Long> {

    List<AuthoredSource> findByOwnerIdOrSharedTrueOrderByTitleAsc(Long ownerId);

    boolean existsByPackId(String packId);

    int countByOwnerId(Long ownerId);
}
