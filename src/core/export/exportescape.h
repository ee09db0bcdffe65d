// ExportEscape: every user string that goes into a generated file passes through one of these, one per
// target language, so that a name like `a"b\c ${d} %{e}` lands in the file as written and never as
// syntax; and the identifier makers turn model ids into names each target accepts.
#pragma once

#include <QString>

namespace gw::exportescape {

// The inside of an HCL "..." string: \" \\ \n \r \t, other control characters as \uNNNN, and the
// template sequences ${ and %{ doubled ($${, %%{) so Terraform reads them literally.
QString hclString(const QString& text);
// A complete YAML double-quoted scalar ("..."), safe in block and flow context for any text.
QString yamlString(const QString& text);
// A complete JSON string ("..."), with control characters escaped.
QString jsonString(const QString& text);
// The inside of a protobuf or GraphQL "..." string (and of a comment's line): \" \\ and control
// characters escaped; no line break survives.
QString cString(const QString& text);
// One line of comment text: line breaks and control characters as spaces.
QString commentLine(const QString& text);
// Text in a Markdown table cell or line: line breaks as spaces, and everything Markdown reads as syntax
// (pipes, emphasis, code, links, HTML, headings) escaped with a backslash.
QString markdownText(const QString& text);

// An HCL block label or attribute name: [a-zA-Z_][a-zA-Z0-9_-]*, "_" for anything else, never empty.
QString hclIdentifier(const QString& text);
// A Kubernetes DNS-1123 label: [a-z0-9]([-a-z0-9]*[a-z0-9])?, at most 63 characters, never empty.
QString dnsLabel(const QString& text);
// A protobuf / GraphQL identifier in PascalCase ("order-events" -> "OrderEvents"), never starting with
// a digit, never empty.
QString pascalIdentifier(const QString& text);
// snake_case for protobuf fields and GraphQL / HCL names ("order-events" -> "order_events").
QString snakeIdentifier(const QString& text);
// A safe file name part: [a-z0-9-] only, never empty, never "." or "..".
QString fileName(const QString& text);

// Values of the cost-attribution tags and labels (owner, cost centre), made to each target's rules;
// empty stays empty. Not escaped for a file format: pass the result through the format's escaper.
// An AWS tag value: letters, digits, spaces and _ . : / = + - @ (anything else becomes _), at most 256.
QString awsTagValue(const QString& text);
// An Azure tag value: one line, at most 256 characters.
QString azureTagValue(const QString& text);
// A Google Cloud label value: lowercase letters, digits, _ and - (anything else becomes _), at most 63.
QString gcpLabelValue(const QString& text);
// A Kubernetes label value: [A-Za-z0-9-_.], beginning and ending with a letter or digit, at most 63.
QString kubernetesLabelValue(const QString& text);

} // namespace gw::exportescape
