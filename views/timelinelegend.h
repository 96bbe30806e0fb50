#pragma once

#include "models/statusstate.h"

#include <QString>
#include <QVector>
#include <QWidget>

// A key to the timeline's colours and shapes: every state's badge and name, a live and an ended
// bar, a status marker, a pending write and the now line, drawn as the timeline draws them.
class TimelineLegend : public QWidget
{
    Q_OBJECT
public:
    // What an entry's sample shows.
    enum class Sample { State, LiveBar, EndedBar, StatusMarker, PendingWrite, NowLine };
    Q_ENUM(Sample)
    struct Entry
    {
        Sample sample = Sample::State;
        StatusState state = StatusState::NoStatus; // for State samples
        QString text;                              // translated
    };

    explicit TimelineLegend(QWidget *parent = nullptr);

    // The entries in display order, in the current UI language.
    QVector<Entry> entries() const { return m_entries; }
    // Where each entry sits for a given width (entries flow into rows).
    QVector<QRect> entryRects(int width) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void paintSample(QPainter *painter, const QRect &rect, const Entry &entry) const;
    int entryWidth(const Entry &entry) const;

    QVector<Entry> m_entries;
};
