#include "linkheader.h"

#include <cstring>

namespace {

// A cursor over the header text; RFC 8288 grammar, tolerant of extra whitespace.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    {}

    bool atEnd() const { return m_position >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_position); }
    void skip() { ++m_position; }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_position;
    }
    // Reads up to (not including) any of `stops`.
    QByteArray readUntil(const char *stops)
    {
        const qsizetype start = m_position;
        // strchr finds the terminator for '\0': a NUL byte in the header is not a stop (it
        // made the caller loop forever without advancing; found by fuzz_link_header).
        while (!atEnd() && (peek() == '\0' || !std::strchr(stops, peek())))
            ++m_position;
        return m_text.mid(start, m_position - start);
    }
    // After an opening quote: reads to the closing one, honouring backslash escapes.
    QByteArray readQuoted()
    {
        QByteArray value;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\') {
                skip();
                if (atEnd())
                    break;
            }
            value.append(peek());
            skip();
        }
        if (!atEnd())
            skip(); // closing quote
        return value;
    }

private:
    const QByteArray &m_text;
    qsizetype m_position = 0;
};

} // namespace

LinkHeader LinkHeader::parse(const QByteArray &header)
{
    LinkHeader result;
    Scanner scanner(header);
    while (!scanner.atEnd()) {
        scanner.skipSpace();
        if (scanner.peek() == ',') {
            scanner.skip();
            continue;
        }
        if (scanner.peek() != '<') {
            scanner.readUntil(","); // garbage: skip to the next link
            continue;
        }
        scanner.skip();
        // The URL runs to '>': commas and semicolons inside it are part of it.
        const QByteArray target = scanner.readUntil(">");
        if (scanner.atEnd())
            break; // unterminated: ignore
        scanner.skip();
        Link link;
        link.url = QUrl::fromEncoded(target.trimmed());
        // Parameters: ; name=value or ; name="quoted, value"
        for (;;) {
            scanner.skipSpace();
            if (scanner.peek() != ';')
                break;
            scanner.skip();
            scanner.skipSpace();
            const QByteArray name = scanner.readUntil("=;,").trimmed().toLower();
            QByteArray value;
            if (scanner.peek() == '=') {
                scanner.skip();
                scanner.skipSpace();
                if (scanner.peek() == '"') {
                    scanner.skip();
                    value = scanner.readQuoted();
                } else {
                    value = scanner.readUntil(";,").trimmed();
                }
            }
            if (name == "rel" && link.relations.isEmpty()) { // the first rel wins (RFC 8288)
                const QList<QByteArray> relations = value.simplified().split(' ');
                for (const QByteArray &relation : relations) {
                    if (!relation.isEmpty())
                        link.relations.append(QString::fromLatin1(relation).toLower());
                }
            }
        }
        if (link.url.isValid())
            result.m_links.append(link);
        scanner.skipSpace();
        if (!scanner.atEnd() && scanner.peek() != ',')
            scanner.readUntil(",");
    }
    return result;
}

QUrl LinkHeader::url(QStringView relation) const
{
    for (const Link &link : m_links) {
        for (const QString &candidate : link.relations) {
            if (relation.compare(candidate, Qt::CaseInsensitive) == 0)
                return link.url;
        }
    }
    return QUrl();
}
