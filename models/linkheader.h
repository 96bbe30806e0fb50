#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// RFC 8288 `Link` header, as GitHub sends it for pagination:
//   <https://api.github.com/...?page=2>; rel="next", <...?page=5>; rel="last"
// Parsed with a small tokenizer (never split on ',' or ';': both may appear inside a URL).
class LinkHeader
{
public:
    struct Link
    {
        QUrl url;
        QStringList relations; // rel="next prev" gives two, lower case
    };

    static LinkHeader parse(const QByteArray &header);

    // The first link with this relation (case-insensitive); empty when there is none.
    QUrl url(QStringView relation) const;
    QUrl next() const { return url(u"next"); }
    QList<Link> links() const { return m_links; }
    bool isEmpty() const { return m_links.isEmpty(); }

private:
    QList<Link> m_links;
};
