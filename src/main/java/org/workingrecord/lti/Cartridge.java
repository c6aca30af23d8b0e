package org.workingrecord.lti;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;


import org.w3c.dom.Element;
import org.workingrecord.lesson.LoadedLesson;
import org.workingrecord.shell.Words;
import org.workingrecord.shell.Xml;

/**
 * An IMS Common Cartridge (1.3) that holds an LTI link to each lesson: imported into a course, it adds every lesson as
 * an activity that launches this tool with the lesson as a custom parameter, so the first launch by the teacher gives
 * it to the course's class. The cartridge holds links only: the lessons stay in the app, and the platform must have
 * the tool registered (LTI 1.3) for the links to open.
 */
final class Cartridge {

    static final String CP = "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1";
    static final String LOM = "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest";
    static final String LINK = "http://www.imsglobal.org/xsd/imslticc_v1p3";
    static final String BLTI = "http://www.imsglobal.org/xsd/imsbasiclti_v1p0";
    static final String LTICM = "http://www.imsglobal.org/xsd/imslticm_v1p0";
    static final String LTICP = "http://www.imsglobal.org/xsd/imslticp_v1p0";

    private Cartridge() {
    }

    /** The cartridge's bytes: its manifest, and an LTI link file per lesson, each launching {@code launchUrl}. */
    static byte[] of(List<LoadedLesson> lessons, String launchUrl) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest(lessons));
            zip.closeEntry();
            for (LoadedLesson lesson : lessons) {
                zip.putNextEntry(new ZipEntry(file(lesson)));
                zip.write(link(lesson, launchUrl));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String id(LoadedLesson lesson) {
        return "wr-" + lesson.plan().id().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static String file(LoadedLesson lesson) {
        return "lti/" + id(lesson) + ".xml";
    }

    private static byte[] manifest(List<LoadedLesson> lessons) {
        Xml x = new Xml(CP, "manifest");
        Element manifest = x.root();
        manifest.setAttribute("identifier", "wr-cartridge");
        Element metadata = x.add(manifest, "metadata");
        x.add(metadata, "schema", "IMS Common Cartridge");
        x.add(metadata, "schemaversion", "1.3.0");
        Element general = x.add(x.add(metadata, LOM, "lom", null), LOM, "general", null);
        x.add(x.add(general, LOM, "title", null), LOM, "string", Words.get("export.cartridge.title")).setAttribute("language", "en");
        // what the cartridge cannot carry, said where an importing teacher reads it
        x.add(x.add(general, LOM, "description", null), LOM, "string", Words.get("export.cartridge.about")).setAttribute("language", "en");
        Element organization = x.add(x.add(manifest, "organizations"), "organization");
        organization.setAttribute("identifier", "wr-organization");
        organization.setAttribute("structure", "rooted-hierarchy");
        Element root = x.add(organization, "item");
        root.setAttribute("identifier", "wr-root");
        Element module = x.add(root, "item");
        module.setAttribute("identifier", "wr-lessons");
        x.add(module, "title", Words.get("export.cartridge.title"));
        Element resources = x.add(manifest, "resources");
        for (LoadedLesson lesson : lessons) {
            Element item = x.add(module, "item");
            item.setAttribute("identifier", id(lesson) + "-item");
            item.setAttribute("identifierref", id(lesson));
            x.add(item, "title", lesson.plan().title());
            Element resource = x.add(resources, "resource");
            resource.setAttribute("identifier", id(lesson));
            resource.setAttribute("type", "imsbasiclti_xmlv1p3");
            x.add(resource, "file").setAttribute("href", file(lesson));
        }
        return x.bytes();
    }

    private static byte[] link(LoadedLesson lesson, String launchUrl) {
        Xml x = new Xml(LINK, "cartridge_basiclti_link");
        Element link = x.root();
        x.add(link, BLTI, "title", lesson.plan().title());
        x.add(link, BLTI, "description", lesson.plan().summary());
        Element custom = x.add(link, BLTI, "custom", null);
        x.add(custom, LTICM, "property", lesson.plan().id()).setAttribute("name", "lesson");
        x.add(link, BLTI, "launch_url", launchUrl);
        if (launchUrl.startsWith("https:")) {
            x.add(link, BLTI, "secure_launch_url", launchUrl);
        }
        Element vendor = x.add(link, BLTI, "vendor", null);
        x.add(vendor, LTICP, "code", "working-record");
        x.add(vendor, LTICP, "name", Words.get("app.name"));
        return x.bytes();
    }
}
