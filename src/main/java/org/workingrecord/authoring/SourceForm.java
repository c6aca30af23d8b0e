package org.workingrecord.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.workingrecord.lesson.LessonPlan;
import org.workingrecord.lesson.LessonPlan.Annotation;
import org.workingrecord.lesson.LessonPlan.GlossaryTerm;
import org.workingrecord.lesson.LessonPlan.Provenance;
import org.workingrecord.lesson.SourcePack;
import org.workingrecord.source.LineFix;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What a teacher fills in about a record they bring: its title, citation, the rights under which they
 * use it, and each speaker (the names they are written under, a display name, their role on that date,
 * a short biography). {@link #packYaml} writes it as a source pack, in exactly the format of the files
 * in {@code lesson-plans/sources}, which the loader then checks as it checks those.
 */
public record SourceForm(String title, String citation, String rights, List<SpeakerForm> speakers, List<LineFix> structure,
                         List<Provenance> panels, List<Annotation> annotations, List<GlossaryTerm> glossary) {

    public SourceForm {
        speakers = List.copyOf(speakers);
        structure = List.copyOf(structure);
        panels = List.copyOf(panels);
        annotations = List.copyOf(annotations);
        glossary = List.copyOf(glossary);
    }

    /** A form with no corrections of how lines were read, no panels beyond the rights, no notes and no glossary. */
    public SourceForm(String title, String citation, String rights, List<SpeakerForm> speakers) {
        this(title, citation, rights, speakers, List.of(), List.of(), List.of(), List.of());
    }

    /** The same form with these corrections of single lines (see {@link LineFix}). */
    public SourceForm withStructure(List<LineFix> fixes) {
        return new SourceForm(title, citation, rights, speakers, fixes, panels, annotations, glossary);
    }

    /** The same form with these panels about the record (beside the rights), notes on its words and glossary. */
    public SourceForm withExplanations(List<Provenance> newPanels, List<Annotation> newAnnotations, List<GlossaryTerm> newGlossary) {
        return new SourceForm(title, citation, rights, speakers, structure, newPanels, newAnnotations, newGlossary);
    }

    public record SpeakerForm(String id, String name, List<String> written, String role, String bio) {
        public SpeakerForm {
            written = List.copyOf(written);
        }
    }

    /** Label of the provenance panel that holds the rights note. */
    static final String RIGHTS = "Rights and permission";

    /** The form as a saved pack fills it in, to edit it again. */
    public static SourceForm of(String title, SourcePack pack) {
        String rights = pack.source().provenance().stream().filter(p -> p.label().equals(RIGHTS))
                .map(LessonPlan.Provenance::text).findFirst().orElse("");
        return new SourceForm(title, pack.source().citation(), rights, pack.speakers().stream()
                .map(sp -> new SpeakerForm(sp.id(), sp.name(), sp.aliases(), sp.role(), sp.bio())).toList(), pack.structure(),
                pack.source().provenance().stream().filter(p -> !p.label().equals(RIGHTS)).toList(), pack.source().annotations(),
                pack.glossary());
    }

    /** The form as the app proposes it for a record just read: each person's fullest name, the rest to fill in. */
    public static SourceForm proposed(Proposal proposal) {
        return new SourceForm(proposal.record().title(), "", "", proposal.speakers().stream()
                .map(g -> new SpeakerForm(g.suggestedId(), g.suggestedName(), g.written(), "", "")).toList());
    }

    /** An id for a person named {@code name} that none of {@code people} has ("kovacs-2"). */
    public static String freshId(String name, List<SpeakerForm> people) {
        String base = Proposal.slug(Proposal.surname(name));
        String id = base;
        for (int n = 2; hasId(people, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static boolean hasId(List<SpeakerForm> people, String id) {
        return people.stream().anyMatch(p -> p.id().equals(id));
    }

    /** The pack's YAML, for the record stored as {@code <packId>.txt} beside it. */
    String packYaml(String packId) {
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("id", packId);
        pack.put("file", packId + ".txt");
        pack.put("citation", citation.strip());
        List<Map<String, Object>> provenance = new ArrayList<>();
        panels.forEach(p -> provenance.add(entry("label", p.label().strip(), "text", p.text().strip())));
        provenance.add(entry("label", RIGHTS, "text", rights.strip()));
        pack.put("provenance", provenance);
        if (!annotations.isEmpty()) {
            List<Map<String, Object>> notes = new ArrayList<>();
            for (Annotation a : annotations) {
                Map<String, Object> n = entry("quote", a.quote(), "kind", a.kind().strip());
                n.put("note", a.note().strip());
                notes.add(n);
            }
            pack.put("annotations", notes);
        }
        List<Map<String, Object>> people = new ArrayList<>();
        for (SpeakerForm s : speakers) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", s.id());
            p.put("name", s.name().strip());
            p.put("aliases", List.copyOf(s.written()));
            p.put("role", s.role().strip());
            p.put("bio", s.bio().strip());
            people.add(p);
        }
        pack.put("speakers", people);
        if (!glossary.isEmpty()) {
            List<Map<String, Object>> terms = new ArrayList<>();
            for (GlossaryTerm g : glossary) {
                Map<String, Object> t = entry("term", g.term(), "definition", g.definition().strip());
                if (!g.matches().equals(List.of(g.term()))) {
                    t.put("matches", List.copyOf(g.matches()));
                }
                terms.add(t);
            }
            pack.put("glossary", terms);
        }
        if (!structure.isEmpty()) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (LineFix f : structure.stream().sorted(Comparator.comparingInt(LineFix::line)).toList()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("line", f.line());
                l.put("as", f.as().name().toLowerCase(Locale.ROOT));
                if (f.as() == LineFix.As.TURN) {
                    l.put("speaker", f.speaker());
                }
                lines.add(l);
            }
            pack.put("structure", lines);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(100);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return "# " + title.strip().replaceAll("\\s+", " ") + " - a source pack made in Working Record\n"
                + new Yaml(options).dump(pack);
    }

    private static Map<String, Object> entry(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
