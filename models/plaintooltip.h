#pragma once

#include <QString>

// Tool tips are rich text whenever Qt::mightBeRichText() says so, so API text ("<img src=x>"
// in a description) must be escaped and wrapped to be shown as the characters it is.
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QLatin1String("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() +
           QLatin1String("</p>");
}
