package io.contactscontracts.mock.pactcheck;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The JUnit XML shape CI servers read: {@code testsuites > testsuite (a pact file) > testcase (an interaction)}. */
final class JUnitXml {
  private JUnitXml() {}

  static void write(PactCheckReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "check-pact");
      for (PactFileResult pact : report.files()) {
        suite(xml, pact);
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void suite(XMLStreamWriter xml, PactFileResult pact) throws XMLStreamException {
    String name = pact.file().getFileName().toString();
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", name);
    if (pact.unreadable().isPresent()) {
      xml.writeAttribute("tests", "1");
      xml.writeAttribute("failures", "0");
      xml.writeAttribute("errors", "1");
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", name);
      xml.writeAttribute("name", "read the pact");
      xml.writeStartElement("error");
      xml.writeAttribute("message", pact.unreadable().get());
      xml.writeCharacters(pact.file() + " " + pact.unreadable().get());
      xml.writeEndElement();
      xml.writeEndElement();
    } else {
      xml.writeAttribute("tests", String.valueOf(pact.interactions().size()));
      xml.writeAttribute("failures", String.valueOf(pact.interactions().stream().filter(i -> !i.passed()).count()));
      xml.writeAttribute("errors", "0");
      for (InteractionResult interaction : pact.interactions()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", pact.consumer() + " -> " + pact.provider());
        xml.writeAttribute("name", interaction.location() + " " + interaction.description());
        if (!interaction.passed()) {
          xml.writeStartElement("failure");
          xml.writeAttribute("message", interaction.problems().size() + " problem(s): " + interaction.problems().get(0).what());
          xml.writeAttribute("type", interaction.problems().get(0).kind().name());
          xml.writeCharacters(interaction.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }
}
