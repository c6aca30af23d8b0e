package org.workingrecord.authoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceVersionRepository extends JpaRepository<SourceVersion, Long> {

    Optional<SourceVersion> findFirstBySourceIdOrderByNumberDesc(Long sourceId);

    List<SourceVersion> findBySourceIdOrderByNumberDesc(Long sourceId);

    Optional<SourceVersion> findBySourceIdAndNumber(Long sourceId, int number);
}
